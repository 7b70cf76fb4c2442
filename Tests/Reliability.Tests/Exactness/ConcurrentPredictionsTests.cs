using Reliability.Tests.Support;

namespace Reliability.Tests.Exactness;

// Many concurrent clients over a known mix of tickers and models: every request the api answered is
// in Prometheus exactly once, as a hit or a miss; every miss is exactly one prediction on one replica;
// every histogram is self-consistent. Each service's own /metrics is the truth Prometheus must equal.
[Collection(ReliabilityCollection.Name)]
public sealed class ConcurrentPredictionsTests(ReliabilitySystem system)
{
    private const int Clients = 64;
    private static readonly TimeSpan ScrapeWait = TimeSpan.FromSeconds(60);
    private static readonly string[] Models = ["normal", "earnings"];

    [Fact]
    public async Task PrometheusCountsEveryConcurrentPredictionExactlyOnce()
    {
        var replicas = await system.PredictorReplicasAsync();
        var replicaClients = replicas.ToDictionary(r => r.ResourceId,
            r => new HttpClient { BaseAddress = new Uri($"http://{ScrapeAddress.Of(r.Snapshot)}") });
        var before = await CaughtUpTotalsAsync(replicaClients);

        var load = new LoadGenerator(system.ApiAddress, Clients, TimeSpan.FromSeconds(30));
        var tickers = system.Tickers;
        await load.RunCountAsync(Scale.Predictions, n => $"/predict/{tickers[(int)(n % tickers.Count)]}?model={Models[n / tickers.Count % 2]}");

        var outcomes = load.Outcomes.ToList();
        Assert.Equal(Scale.Predictions, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.Status == 200, $"{o.Path}: {o.Status} {o.Error}"));
        var hits = outcomes.Count(o => o.CacheHeader == "hit");
        var misses = outcomes.Count(o => o.CacheHeader == "miss");
        Assert.Equal(Scale.Predictions, hits + misses);

        await system.Prometheus.WaitForTotalAsync("sum(cache_hits_total)", before.Hits + hits, ScrapeWait);
        await system.Prometheus.WaitForTotalAsync("sum(cache_misses_total)", before.Misses + misses, ScrapeWait);
        await system.Prometheus.WaitForTotalAsync("sum(cache_errors_total)", before.Errors, ScrapeWait);
        await system.Prometheus.WaitForTotalAsync(ApiPredictRequests, before.ApiRequests + Scale.Predictions, ScrapeWait);
        await system.Prometheus.WaitForTotalAsync("sum(predictions_total)", before.Predictions + misses, ScrapeWait);

        var perReplica = new List<string>();
        foreach (var (instance, client) in replicaClients)
        {
            var own = Exposition.Sum(await client.GetStringAsync("/metrics"), "predictions_total");
            await system.Prometheus.WaitForTotalAsync($"sum(predictions_total{{instance=\"{instance}\"}})", own, ScrapeWait);
            perReplica.Add(own.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var histograms = await AssertHistogramCountsEqualInfBucketsAsync();

        Figures.Record("Exactness under concurrency",
            $"{Scale.Predictions} predictions from {Clients} clients: Prometheus hits+misses = {hits}+{misses} = {hits + misses}, " +
            $"Δsum(predictions_total) = {misses} = misses, per-replica {string.Join("+", perReplica)} = total, " +
            $"{histograms} histogram series with _count = +Inf bucket, 0 errors");
        foreach (var client in replicaClients.Values) client.Dispose();
    }

    private const string ApiPredictRequests =
        "sum(http_server_request_duration_seconds_count{job=\"api\",http_route=\"/predict/{ticker}\"})";

    private sealed record Totals(double Hits, double Misses, double Errors, double ApiRequests, double Predictions);

    // Waits until Prometheus shows what the services' own /metrics show, then returns those totals.
    private async Task<Totals> CaughtUpTotalsAsync(IReadOnlyDictionary<string, HttpClient> replicas)
    {
        var api = await system.Api.GetStringAsync("/metrics");
        var predictions = 0.0;
        foreach (var client in replicas.Values) predictions += Exposition.Sum(await client.GetStringAsync("/metrics"), "predictions_total");
        var totals = new Totals(Exposition.Sum(api, "cache_hits_total"), Exposition.Sum(api, "cache_misses_total"),
            Exposition.Sum(api, "cache_errors_total"),
            Exposition.Sum(api, "http_server_request_duration_seconds_count", l => l.Contains("http_route=\"/predict/{ticker}\"")),
            predictions);
        await system.Prometheus.WaitForTotalAsync("sum(cache_hits_total)", totals.Hits, ScrapeWait);
        await system.Prometheus.WaitForTotalAsync("sum(cache_misses_total)", totals.Misses, ScrapeWait);
        await system.Prometheus.WaitForTotalAsync(ApiPredictRequests, totals.ApiRequests, ScrapeWait);
        await system.Prometheus.WaitForTotalAsync("sum(predictions_total)", totals.Predictions, ScrapeWait);
        return totals;
    }

    // Within one scrape, every histogram series' _count equals its +Inf bucket.
    private async Task<int> AssertHistogramCountsEqualInfBucketsAsync()
    {
        var at = PrometheusSnapshot.Now();
        var buckets = await system.Prometheus.VectorAtAsync("{__name__=~\".+_bucket\",le=\"+Inf\",job=~\"api|predictor\"}", at);
        var counts = (await system.Prometheus.VectorAtAsync("{__name__=~\".+_count\",job=~\"api|predictor\"}", at))
            .ToDictionary(s => Key(s.Labels, "_count"), s => s.Value);
        Assert.NotEmpty(buckets);
        foreach (var (labels, value) in buckets)
        {
            var key = Key(labels, "_bucket");
            Assert.True(counts.TryGetValue(key, out var count), $"no _count for {key}");
            Assert.True(count == value, $"{key}: _count {count} != +Inf bucket {value}");
        }
        return buckets.Count;
    }

    private static string Key(IReadOnlyDictionary<string, string> labels, string suffix) =>
        labels["__name__"][..^suffix.Length] + "{" +
        string.Join(",", labels.Where(l => l.Key is not ("__name__" or "le")).OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")) + "}";
}
