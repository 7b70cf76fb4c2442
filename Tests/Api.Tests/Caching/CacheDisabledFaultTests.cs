using System.Globalization;
using Api.Tests.Support;
using TestSupport;

namespace Api.Tests.Caching;

// The dashboard's "cache disabled" fault as the api reads it from the faults file (Faults:File): found
// predictions are no longer stored, so every lookup misses and reaches the predictor; clearing it restores
// caching without a restart.
public sealed class CacheDisabledFaultTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly ServicesFixture _services;

    public CacheDisabledFaultTests() =>
        _services = new ServicesFixture(new Dictionary<string, string?> { ["Faults:File"] = _directory.File("faults.json") });

    [Fact]
    public async Task WhileTheFaultIsOnEveryLookupMissesAndReachesThePredictor()
    {
        var headers = new List<string>();
        for (var i = 0; i < 4; i++) headers.Add(await CacheHeaderAsync("/predict/AAPL?model=normal"));

        Assert.Equal(["miss", "miss", "miss", "miss"], headers);
        var api = await _services.Api.MetricsAsync();
        Assert.Equal(4, api.Value("cache_misses_total", ("cache", "predictions")));
        Assert.Null(api.Value("cache_hits_total"));
        Assert.Null(api.Value("cache_operation_duration_seconds_count", ("operation", "set")));
        Assert.Equal(4, (await _services.Predictor.MetricsAsync()).Value("predictions_total", ("ticker", "AAPL")));
    }

    [Fact]
    public async Task ClearingTheFaultRestoresCachingWithoutARestart()
    {
        Assert.Equal("miss", await CacheHeaderAsync("/predict/MSFT"));

        WriteFaults("");

        await Eventually.TrueAsync(async () => await CacheHeaderAsync("/predict/MSFT") == "hit", TimeSpan.FromSeconds(20),
            "the second of two requests after clearing to hit");
    }

    public async Task InitializeAsync()
    {
        WriteFaults(string.Create(CultureInfo.InvariantCulture,
            $"\"CacheDisabled\": {{\"Until\": \"{ApiFactory.Instant.AddMinutes(10).UtcDateTime:O}\"}}"));
        await _services.InitializeAsync();
    }

    private async Task<string> CacheHeaderAsync(string url)
    {
        using var response = await _services.Client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("X-Cache").Single();
    }

    // As the AppHost writes it: to a temporary name, then renamed over the file.
    private void WriteFaults(string sections)
    {
        var file = _directory.File("faults.json");
        File.WriteAllText(file + ".tmp", $"{{\"Faults\": {{{sections}}}}}");
        File.Move(file + ".tmp", file, overwrite: true);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _directory.Dispose();
    }
}
