using System.Globalization;

namespace Distributed.Tests;

[Collection(AppHostCollection.Name)]
public sealed class PredictionMetricsTests(AppHostFixture system)
{
    private static readonly TimeSpan ScrapeWait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RepeatedPredictionsOfOneTickerReachThePredictorExactlyOnce()
    {
        var cacheHeaders = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await system.Api.GetAsync("/predict/AAPL?model=normal");
            response.EnsureSuccessStatusCode();
            cacheHeaders.Add(response.Headers.GetValues("X-Cache").Single());
        }

        Assert.Equal(["miss", "hit", "hit", "hit", "hit"], cacheHeaders);
        await system.Prometheus.WaitForValueAsync("sum(predictions_total{ticker=\"AAPL\",model_type=\"normal\"})", 1, ScrapeWait);
    }

    [Fact]
    public async Task DistinctPredictionsThroughTheApiAreCountedExactlyAcrossTheReplicas()
    {
        var tickers = system.TakeTickers(3);
        foreach (var ticker in tickers)
            foreach (var model in (string[])["normal", "earnings"])
                (await system.Api.GetAsync($"/predict/{ticker}?model={model}")).EnsureSuccessStatusCode();
        var selector = $"ticker=~\"{string.Join('|', tickers)}\"";

        await system.Prometheus.WaitForValueAsync($"sum(predictions_total{{{selector}}})", 6, ScrapeWait);
        await system.Prometheus.WaitForValueAsync($"sum(predictions_total{{{selector},model_type=\"earnings\"}})", 3, ScrapeWait);
        var replicas = (await system.PredictorReplicasAsync()).Select(r => r.ResourceId).ToList();
        var perInstance = await system.Prometheus.VectorAsync($"sum by (instance) (predictions_total{{{selector}}})");
        Assert.All(perInstance, s => Assert.Contains(s.Labels["instance"], replicas));
    }

    // Each replica is its own target: predictions sent straight to one replica's own address show
    // up exactly under that replica's instance, and nowhere else.
    [Fact]
    public async Task EachReplicaCountsExactlyThePredictionsItMade()
    {
        var replicas = await system.PredictorReplicasAsync();
        var tickers = system.TakeTickers(replicas.Count);
        for (var i = 0; i < replicas.Count; i++)
        {
            using var replica = new HttpClient { BaseAddress = new Uri($"http://{ScrapeAddress.Of(replicas[i].Snapshot)}") };
            for (var n = 0; n <= i; n++) (await replica.GetAsync($"/predict/{tickers[i]}?model=normal")).EnsureSuccessStatusCode();
        }

        for (var i = 0; i < replicas.Count; i++)
        {
            await system.Prometheus.WaitForValueAsync(
                $"sum(predictions_total{{instance=\"{replicas[i].ResourceId}\",ticker=\"{tickers[i]}\"}})", i + 1, ScrapeWait);
            Assert.Null(await system.Prometheus.ScalarAsync($"sum(predictions_total{{instance!=\"{replicas[i].ResourceId}\",ticker=\"{tickers[i]}\"}})"));
        }
    }

    [Fact]
    public async Task CacheHitsPlusMissesEqualTheRequestsAndTheHitRatioMatches()
    {
        const string hits = "sum(cache_hits_total)";
        const string misses = "sum(cache_misses_total)";
        var (hitsBefore, missesBefore) = await StableCountersAsync(hits, misses);
        var tickers = system.TakeTickers(3);
        foreach (var ticker in tickers)
            for (var i = 0; i < 4; i++)
                (await system.Api.GetAsync($"/predict/{ticker}")).EnsureSuccessStatusCode();

        await system.Prometheus.WaitForValueAsync(hits, hitsBefore + 9, ScrapeWait);
        await system.Prometheus.WaitForValueAsync(misses, missesBefore + 3, ScrapeWait);
        var ratio = await system.Prometheus.ScalarAsync($"{hits} / ({hits} + {misses})");
        Assert.Equal((hitsBefore + 9) / (hitsBefore + missesBefore + 12), ratio!.Value, 9);
    }

    // The api's own /metrics is the truth; Prometheus has caught up once it shows the same totals.
    private async Task<(double Hits, double Misses)> StableCountersAsync(string hits, string misses)
    {
        var exposition = await system.Api.GetStringAsync("/metrics");
        var source = (Sum(exposition, "cache_hits_total"), Sum(exposition, "cache_misses_total"));
        if (source.Item1 > 0) await system.Prometheus.WaitForValueAsync(hits, source.Item1, ScrapeWait);
        if (source.Item2 > 0) await system.Prometheus.WaitForValueAsync(misses, source.Item2, ScrapeWait);
        return source;
    }

    private static double Sum(string exposition, string name) =>
        exposition.Split('\n')
            .Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) || l.StartsWith(name + " ", StringComparison.Ordinal))
            .Sum(l => double.Parse(l.Split(' ')[^1], CultureInfo.InvariantCulture));
}
