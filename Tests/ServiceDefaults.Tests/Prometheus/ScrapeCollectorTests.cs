using System.Text;
using ServiceDefaults.Prometheus;
using TestSupport;

namespace ServiceDefaults.Tests.Prometheus;

public sealed class ScrapeCollectorTests
{
    [Fact]
    public async Task ConcurrentScrapesShareOneCollection()
    {
        using var harness = new ExporterHarness("collector.singleflight");
        var calls = 0;
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        harness.Meter.CreateObservableGauge("slow", () =>
        {
            Interlocked.Increment(ref calls);
            entered.Set();
            release.Wait(TimeSpan.FromSeconds(30));
            return 1;
        });

        var leader = Task.Run(() => harness.Reader.Collector.AcquireAsync(ExpositionFormat.PrometheusText).AsTask());
        await Eventually.TrueAsync(() => entered.IsSet, TimeSpan.FromSeconds(10), "the first scrape to start collecting");
        // Joins happen synchronously inside AcquireAsync, so these are followers of the running collection.
        var followers = Enumerable.Range(0, 4)
            .Select(_ => harness.Reader.Collector.AcquireAsync(ExpositionFormat.PrometheusText).AsTask()).ToList();
        Assert.All(followers, f => Assert.False(f.IsCompleted));
        release.Set();

        var leases = await Task.WhenAll(followers.Prepend(leader));
        Assert.Equal(1, calls);
        var bodies = leases.Select(l => Encoding.UTF8.GetString(l.Content.Span)).Distinct().ToList();
        foreach (var lease in leases) lease.Dispose();
        Assert.Contains("slow{otel_scope_name=\"collector.singleflight\",otel_scope_version=\"1.0\"} 1\n", Assert.Single(bodies));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(60_000, 1)]
    public async Task ResponseCacheDecidesHowOftenInstrumentsAreObserved(int cacheMilliseconds, int expectedCalls)
    {
        using var harness = new ExporterHarness($"collector.cache{cacheMilliseconds}", cacheMilliseconds: cacheMilliseconds);
        var calls = 0;
        harness.Meter.CreateObservableGauge("observed", () => Interlocked.Increment(ref calls));

        for (var i = 0; i < 3; i++) await harness.ScrapeAsync(ExpositionFormat.PrometheusText);

        Assert.Equal(expectedCalls, calls);
    }

    [Fact]
    public async Task FormatsNeverShareABuffer()
    {
        using var harness = new ExporterHarness("collector.formats");
        var counter = harness.Meter.CreateCounter<long>("items");
        counter.Add(1);

        using var openMetrics = await harness.Reader.Collector.AcquireAsync(ExpositionFormat.OpenMetrics);
        var openMetricsBody = Encoding.UTF8.GetString(openMetrics.Content.Span);
        counter.Add(1);
        var text = await harness.ScrapeAsync(ExpositionFormat.PrometheusText);

        Assert.Equal(openMetricsBody, Encoding.UTF8.GetString(openMetrics.Content.Span));
        Assert.EndsWith("# EOF\n", openMetricsBody);
        Assert.Contains("items_total{otel_scope_name=\"collector.formats\",otel_scope_version=\"1.0\"} 1\n", openMetricsBody);
        Assert.Contains("items_total{otel_scope_name=\"collector.formats\",otel_scope_version=\"1.0\"} 2\n", text);
        Assert.DoesNotContain("# EOF", text);
    }

    [Fact]
    public async Task ResponseInProgressKeepsItsContentWhileNewerScrapesCollect()
    {
        using var harness = new ExporterHarness("collector.lease");
        var counter = harness.Meter.CreateCounter<long>("items");
        counter.Add(1);

        using var held = await harness.Reader.Collector.AcquireAsync(ExpositionFormat.PrometheusText);
        var heldBody = Encoding.UTF8.GetString(held.Content.Span);
        for (var i = 2; i <= 5; i++)
        {
            counter.Add(1);
            Assert.Contains($"}} {i}\n", await harness.ScrapeAsync(ExpositionFormat.PrometheusText));
        }

        Assert.Equal(heldBody, Encoding.UTF8.GetString(held.Content.Span));
    }

    [Fact]
    public async Task ScrapeBeforeTheProviderExistsFailsInsteadOfServingEmptyText()
    {
        using var loggers = Microsoft.Extensions.Logging.LoggerFactory.Create(_ => { });
        using var reader = new PrometheusMetricReader(new PrometheusExporterOptions(), loggers, TimeProvider.System);

        using var lease = await reader.Collector.AcquireAsync(ExpositionFormat.PrometheusText);

        Assert.False(lease.Succeeded);
    }
}
