using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Api.Tests.Support;
using TestSupport;

namespace Api.Tests.Caching;

// Aspire's Redis client connects at start; with nothing listening on the Redis port the Api must still start,
// stay alive, answer every prediction uncached, count the failures and report Degraded (not Unhealthy).
public sealed class RedisDownAtStartTests : IAsyncLifetime
{
    private PredictorHost _predictor = null!;
    private ApiFactory _api = null!;

    [Fact]
    public async Task TheApiStartsServesUncachedAndReportsDegraded()
    {
        using var client = _api.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(20);

        using (var alive = await client.GetAsync("/alive")) Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("/predict/JPM?model=normal");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("miss", response.Headers.GetValues("X-Cache").Single());
        }
        using var health = await client.GetAsync("/health");
        var report = await health.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        var metrics = await _api.MetricsAsync();
        Assert.Equal(3, metrics.Value("cache_errors_total", ("cache", "predictions"), ("operation", "get")));
        Assert.Null(metrics.Value("cache_hits_total"));
        Assert.Null(metrics.Value("cache_misses_total"));
        Assert.Equal(3, (await _predictor.MetricsAsync()).Value("predictions_total", ("ticker", "JPM")));
    }

    public Task InitializeAsync()
    {
        _predictor = PredictorHost.Start();
        _api = new ApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:cache"] = $"127.0.0.1:{FreePort.Next()},password=unused",
            ["services:predictor:http:0"] = _predictor.Url,
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _predictor.DisposeAsync();
    }
}
