using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Api.Model;
using Api.Tests.Support;

namespace Api.Tests.Apis;

// A fresh Redis, Predictor and Api per test: every counter read back comes from that test's traffic.
public sealed class PredictApiTests : IAsyncLifetime
{
    private readonly ServicesFixture _services = new();

    [Fact]
    public async Task SevenRequestsMissOnceAndHitSixTimes()
    {
        var headers = new List<string>();
        Prediction? first = null;
        for (var i = 0; i < 7; i++)
        {
            using var response = await _services.Client.GetAsync("/predict/AAPL?model=normal");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            headers.Add(response.Headers.GetValues("X-Cache").Single());
            var prediction = await response.Content.ReadFromJsonAsync<Prediction>(JsonSerializerOptions.Web);
            first ??= prediction;
            Assert.Equal(first, prediction);
        }

        Assert.Equal(["miss", "hit", "hit", "hit", "hit", "hit", "hit"], headers);
        var predictor = await _services.Predictor.MetricsAsync();
        var api = await _services.Api.MetricsAsync();
        Assert.Equal(1, predictor.Value("predictions_total", ("ticker", "AAPL"), ("model_type", "normal")));
        Assert.Equal(1, predictor.Value("predictions_total"));
        Assert.Equal(6, api.Value("cache_hits_total", ("cache", "predictions")));
        Assert.Equal(1, api.Value("cache_misses_total", ("cache", "predictions")));
        Assert.Null(api.Value("cache_errors_total"));
        Assert.Equal(7, api.Value("cache_operation_duration_seconds_count", ("operation", "get")));
        Assert.Equal(1, api.Value("cache_operation_duration_seconds_count", ("operation", "set")));
    }

    [Fact]
    public async Task TickerAndModelAreNormalisedSoTheyShareACacheEntry()
    {
        var upper = await _services.Client.GetFromJsonAsync<Prediction>("/predict/MSFT?model=earnings", JsonSerializerOptions.Web);
        using var lower = await _services.Client.GetAsync("/predict/msft?model=EARNINGS");

        Assert.Equal("hit", lower.Headers.GetValues("X-Cache").Single());
        Assert.Equal(upper, await lower.Content.ReadFromJsonAsync<Prediction>(JsonSerializerOptions.Web));
        Assert.Equal("MSFT", upper!.Ticker);
        Assert.Equal("earnings", upper.Model);
    }

    [Fact]
    public async Task AMissingModelIsNormal()
    {
        var prediction = await _services.Client.GetFromJsonAsync<Prediction>("/predict/TSLA", JsonSerializerOptions.Web);
        Assert.Equal("normal", prediction!.Model);
        var predictor = await _services.Predictor.MetricsAsync();
        Assert.Equal(1, predictor.Value("predictions_total", ("ticker", "TSLA"), ("model_type", "normal")));
    }

    [Fact]
    public async Task AnUnknownTickerIsTheProblemThePredictorReportedAndIsNotCached()
    {
        for (var i = 0; i < 2; i++)
        {
            using var response = await _services.Client.GetAsync("/predict/NOPEX?model=normal");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Unknown ticker", problem.GetProperty("title").GetString());
        }
        var api = await _services.Api.MetricsAsync();
        // An unknown ticker is neither a hit nor a miss: the key names nothing that could be cached.
        Assert.Null(api.Value("cache_misses_total"));
        Assert.Equal(2, api.Value("cache_operation_duration_seconds_count", ("operation", "get")));
        Assert.Null(api.Value("cache_operation_duration_seconds_count", ("operation", "set")));
    }

    [Fact]
    public async Task AnExpiredEntryIsFetchedAgain()
    {
        await _services.Client.GetAsync("/predict/JPM");
        _services.Api.Clock.Advance(TimeSpan.FromHours(1));
        using var response = await _services.Client.GetAsync("/predict/JPM");

        Assert.Equal("miss", response.Headers.GetValues("X-Cache").Single());
        Assert.Equal(2, (await _services.Predictor.MetricsAsync()).Value("predictions_total", ("ticker", "JPM")));
    }

    [Fact]
    public async Task HealthIsHealthyWithRedisAndPredictorUp()
    {
        var health = await _services.HealthAsync();
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheApiExpositionPassesPromtoolAndHasEveryCacheFamily()
    {
        await _services.Client.GetAsync("/predict/META");
        await _services.Client.GetAsync("/predict/META");
        var text = await _services.Api.CreateClient().GetStringAsync("/metrics");

        var lint = await TestSupport.Promtool.CheckMetricsAsync(text);
        Assert.True(lint.ExitCode == 0, lint.ToString());
        foreach (var family in new[] { "cache_hits_total", "cache_misses_total", "cache_operation_duration_seconds" })
            Assert.Contains($"# TYPE {family} ", text);
    }

    public Task InitializeAsync() => _services.InitializeAsync();

    public Task DisposeAsync() => _services.DisposeAsync();
}
