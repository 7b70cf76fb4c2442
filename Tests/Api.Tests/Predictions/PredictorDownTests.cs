using System.Net;
using System.Net.Sockets;
using System.Net.Http.Json;
using System.Text.Json;
using Api.Tests.Support;
using TestSupport;

namespace Api.Tests.Predictions;

public sealed class PredictorDownTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private ApiFactory _api = null!;

    [Fact]
    public async Task AnUnreachablePredictorIsA503ProblemNotAHang()
    {
        using var client = _api.CreateClient();
        // Above the Api's resilience budget (1.5 s total): a hang fails the test instead of blocking it.
        client.Timeout = TimeSpan.FromSeconds(15);

        using var response = await client.GetAsync("/predict/AAPL?model=normal");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(JsonSerializerOptions.Web);
        Assert.Equal("Predictor unavailable", problem.GetProperty("title").GetString());
        // Nothing was cached for the failed lookup.
        Assert.Null((await _api.MetricsAsync()).Value("cache_operation_duration_seconds_count", ("operation", "set")));
    }

    [Fact]
    public async Task AHungPredictorIsA503ProblemOnceTheResilienceBudgetIsSpent()
    {
        // Accepts connections (the kernel completes them from the backlog) and never answers.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        await using var api = new ApiFactory(new Dictionary<string, string?>
        {
            ["services:predictor:http:0"] = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}",
        }, patientResilience: false);
        using var client = api.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(15);

        using var response = await client.GetAsync("/predict/AAPL");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WithoutThePredictorTheApiIsStillAliveAndServesEverythingElse()
    {
        using var client = _api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/work?ms=1")).StatusCode);
    }

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _api = new ApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:cache"] = _redis.ConnectionString,
            ["services:predictor:http:0"] = $"http://127.0.0.1:{FreePort.Next()}",
        }, patientResilience: false);
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _redis.DisposeAsync();
    }
}
