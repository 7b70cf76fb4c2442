using System.Net;
using Api.Tests.Support;

namespace Api.Tests.Caching;

// Without ConnectionStrings:cache the Api serves every prediction from the Predictor.
public sealed class NoCacheTests : IAsyncLifetime
{
    private PredictorHost _predictor = null!;
    private ApiFactory _api = null!;

    [Fact]
    public async Task WithoutACacheEveryRequestIsAMissAndHealthSaysSo()
    {
        using var client = _api.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("/predict/GOOGL?model=earnings");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("miss", response.Headers.GetValues("X-Cache").Single());
        }

        Assert.Equal(3, (await _predictor.MetricsAsync()).Value("predictions_total", ("ticker", "GOOGL"), ("model_type", "earnings")));
        Assert.Equal(3, (await _api.MetricsAsync()).Value("cache_misses_total"));
        var health = await client.GetStringAsync("/health");
        Assert.Contains("No cache configured", health);
        Assert.Contains("\"Healthy\"", health);
    }

    public Task InitializeAsync()
    {
        _predictor = PredictorHost.Start();
        _api = new ApiFactory(new Dictionary<string, string?> { ["services:predictor:http:0"] = _predictor.Url });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _predictor.DisposeAsync();
    }
}
