using TestSupport;

namespace Distributed.Tests.Queries;

// The AppHost's whole model (redis, predictor replicas, api, prometheus) started once on random
// ports, with KnownTraffic sent and scraped before any test queries Prometheus. Separate from the
// AppHost collection's fixture, whose tests kill and restart replicas.
public sealed class LiveSystemFixture : IAsyncLifetime
{
    public DistributedApplication App { get; private set; } = null!;
    public PrometheusQueryClient Prometheus { get; private set; } = null!;
    public KnownTraffic Traffic { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await AppHostStart.StartAsync();
        Prometheus = App.CreatePrometheusClient();

        Traffic = new KnownTraffic();
        await Traffic.WarmUpCacheAsync(App);
        await Traffic.SendRoundAsync(App);
        await WaitUntilScrapedAsync();
        await Traffic.SendRoundAsync(App);
        await WaitUntilScrapedAsync();
        // Each rule group evaluates on its own schedule: wait until every one has run since that scrape.
        var scraped = DateTimeOffset.UtcNow;
        using var prometheus = App.CreateHttpClient("prometheus");
        await Eventually.TrueAsync(async () => (await PrometheusRuleStatus.LoadGroupsAsync(prometheus)).All(g => g.LastEvaluation > scraped),
            TimeSpan.FromSeconds(60), "every rule group to evaluate after the last scrape");
    }

    private async Task WaitUntilScrapedAsync()
    {
        await WaitForAsync($"sum(predictions_total{{ticker=\"{KnownTraffic.DirectTicker}\"}})", v => v == Traffic.DirectPredictions);
        await WaitForAsync(KnownTraffic.CacheGetsQuery, v => v == Traffic.ApiPredictRequests);
        await WaitForAsync("sum(file_upload_size_bytes_count)", v => v >= 1);
    }

    private async Task WaitForAsync(string promql, Func<double?, bool> done)
    {
        try
        {
            await Eventually.ValueAsync(() => Prometheus.ScalarAsync(promql), done, TimeSpan.FromSeconds(60), $"`{promql}` after the traffic");
        }
        catch (TimeoutException e)
        {
            // What Prometheus holds of the counters the waits read, so a failure says which part is missing.
            var dump = await Prometheus.QueryAsync("{__name__=~\"cache_.*_total|predictions_total|up\"}");
            throw new TimeoutException(e.Message + "\n" + dump, e);
        }
    }

    public async Task DisposeAsync()
    {
        Prometheus?.Dispose();
        if (App is not null) await App.DisposeAsync();
    }
}
