using System.Collections.Concurrent;
using System.Net;
using Api.Tests.Support;
using TestSupport;

namespace Api.Tests.Caching;

public sealed class RedisOutageTests : IAsyncLifetime
{
    private const int SIGCONT = 18;
    private const int SIGSTOP = 19;
    private static readonly string[] Tickers = ["AAPL", "MSFT", "GOOGL", "AMZN", "META", "NVDA", "TSLA", "JPM", "V", "NFLX"];

    private readonly ServicesFixture _services = new();

    [Fact]
    public async Task PredictionsSurviveARedisKillAndCachingResumesWhenItIsBack()
    {
        Assert.Equal("miss", await CacheStatusAsync("/predict/AAPL"));
        Assert.Equal("hit", await CacheStatusAsync("/predict/AAPL"));

        var statuses = new ConcurrentBag<HttpStatusCode>();
        using var stopLoad = new CancellationTokenSource();
        var load = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; !stopLoad.IsCancellationRequested; i++)
            {
                using var response = await _services.Client.GetAsync($"/predict/{Tickers[i % Tickers.Length]}?model={(i % 3 == 0 ? "earnings" : "normal")}");
                statuses.Add(response.StatusCode);
            }
        })).ToList();

        await Eventually.TrueAsync(() => statuses.Count >= 20, TimeSpan.FromSeconds(10), "load before the kill");
        _services.Redis.Kill();
        await Eventually.TrueAsync(async () => !await _services.Redis.PingAsync(), TimeSpan.FromSeconds(5), "redis to die");
        await Eventually.TrueAsync(async () => (await _services.HealthAsync()).GetProperty("status").GetString() == "Degraded",
            TimeSpan.FromSeconds(10), "/health to report Degraded");
        using (var health = await _services.Client.GetAsync("/health")) Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var duringOutage = statuses.Count;
        await Eventually.TrueAsync(() => statuses.Count >= duringOutage + 20, TimeSpan.FromSeconds(10), "load while redis is down");

        await _services.Redis.StartAsync();
        await Eventually.TrueAsync(async () => (await _services.HealthAsync()).GetProperty("status").GetString() == "Healthy",
            TimeSpan.FromSeconds(15), "/health to recover to Healthy");
        stopLoad.Cancel();
        await Task.WhenAll(load);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        var metrics = await _services.Api.MetricsAsync();
        Assert.True(metrics.Value("cache_errors_total", ("cache", "predictions"), ("operation", "get")) >= 1, "get errors counted");

        // The restarted Redis is empty: one miss refills the entry, then hits resume.
        var hitsBefore = metrics.Value("cache_hits_total") ?? 0;
        _services.Api.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal("miss", await CacheStatusAsync("/predict/NFLX"));
        Assert.Equal("hit", await CacheStatusAsync("/predict/NFLX"));
        Assert.Equal(hitsBefore + 1, (await _services.Api.MetricsAsync()).Value("cache_hits_total"));
    }

    [Fact]
    public async Task AHungRedisCostsARequestNoMoreThanTheCacheTimeout()
    {
        Assert.Equal("miss", await CacheStatusAsync("/predict/V"));
        Posix.Kill(_services.Redis.Pid, SIGSTOP);
        try
        {
            using var response = await _services.Client.GetAsync("/predict/V");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("miss", response.Headers.GetValues("X-Cache").Single());
        }
        finally
        {
            Posix.Kill(_services.Redis.Pid, SIGCONT);
        }

        var metrics = await _services.Api.MetricsAsync();
        Assert.Equal(1, metrics.Value("cache_errors_total", ("operation", "get")));
        // The timed-out get is in the histogram at the operation timeout (250 ms): above 0.1 s, within 0.5 s.
        Assert.Equal(1, metrics.Value("cache_operation_duration_seconds_bucket", ("operation", "get"), ("le", "0.5"))
            - metrics.Value("cache_operation_duration_seconds_bucket", ("operation", "get"), ("le", "0.1")));
    }

    private async Task<string> CacheStatusAsync(string url)
    {
        using var response = await _services.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.GetValues("X-Cache").Single();
    }

    public Task InitializeAsync() => _services.InitializeAsync();

    public Task DisposeAsync() => _services.DisposeAsync();
}
