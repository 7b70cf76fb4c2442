using System.Text.Json;
using Distributed.Tests.Queries;

namespace Distributed.Tests;

// The dashboards, recording rules and cookbook queries against the live Prometheus of the running
// AppHost after known traffic: every query returns data, and the right value where the traffic
// fixes it.
public sealed class DashboardQueriesTests(LiveSystemFixture system) : IClassFixture<LiveSystemFixture>
{
    // What a user picks in the dashboards: all jobs and instances ("All" is the regex .*), the ticker
    // and model the traffic used, the route of /predict.
    private static readonly Dictionary<string, string> Selection = new()
    {
        ["job"] = ".*",
        ["instance"] = ".*",
        ["ticker"] = KnownTraffic.DirectTicker,
        ["model"] = KnownTraffic.Model,
        ["route"] = "/predict/{ticker}",
        ["method"] = "GET",
    };

    [Fact]
    public async Task EveryDashboardPanelQueryReturnsData() =>
        await AssertAllReturnData(LiveQueries.DashboardPanels(Selection));

    // Panels counting unhandled exceptions (error_type != "") stay empty while nothing throws, as they should.
    [Fact]
    public async Task EveryCommunityAspNetCoreDashboardPanelReturnsData() =>
        await AssertAllReturnData([.. LiveQueries.CommunityDashboardPanels(Selection).Where(q => !q.Expr.Contains("error_type!=\"\"", StringComparison.Ordinal))]);

    [Fact]
    public async Task EveryRecordingRuleExpressionReturnsData() =>
        await AssertAllReturnData(LiveQueries.RecordingRules());

    [Fact]
    public async Task EveryCookbookQueryReturnsData() =>
        await AssertAllReturnData(LiveQueries.Cookbook());

    [Fact]
    public async Task PrometheusLoadedEveryRecordingRuleAndEvaluatesThemWithoutErrors()
    {
        using var prometheus = system.App.CreateHttpClient("prometheus");
        var rules = await PrometheusRuleStatus.LoadAsync(prometheus);
        Assert.Empty(LiveQueries.RecordingRuleNames().Except(rules.Where(r => r.Type == "recording").Select(r => r.Name)));
        Assert.All(rules, r => Assert.True(r.Health == "ok", $"{r.Name}: {r.Health} {r.LastError}"));
    }

    [Fact]
    public async Task PredictionsByTickerPanelShowsExactlyThePredictionsMade()
    {
        var panel = LiveQueries.DashboardPanels(Selection).Single(q => q.Source == "predictor.json / Predictions by ticker (since start) / A");
        var series = await system.Prometheus.VectorAsync(panel.Expr);
        var (labels, value) = Assert.Single(series);
        Assert.Equal(KnownTraffic.DirectTicker, labels["ticker"]);
        Assert.Equal(system.Traffic.DirectPredictions, value);
    }

    [Fact]
    public async Task CookbookPredictionsPerTickerCountsTheDirectPredictions()
    {
        var query = LiveQueries.Cookbook().Single(q => q.Source == "cookbook: How many predictions per ticker?");
        var series = await system.Prometheus.VectorAsync(query.Expr);
        Assert.Contains(series, s => s.Labels["ticker"] == KnownTraffic.DirectTicker && s.Value == system.Traffic.DirectPredictions);
    }

    [Fact]
    public async Task CacheLookupsPanelCountsEveryPredictRequestThatReachedRedis()
    {
        var panel = LiveQueries.DashboardPanels(Selection).Single(q => q.Source == "cache.json / Lookups since start / A");
        var failedGets = await system.Prometheus.ScalarAsync("sum(cache_errors_total{operation=\"get\"})") ?? 0;
        Assert.Equal(system.Traffic.ApiPredictRequests, await system.Prometheus.ScalarAsync(panel.Expr) + failedGets);
    }

    [Fact]
    public async Task TargetsDownPanelShowsNoneWhileEveryReplicaRuns()
    {
        var panel = LiveQueries.DashboardPanels(Selection).Single(q => q.Source == "overview.json / Targets down / A");
        Assert.Equal(0, await system.Prometheus.ScalarAsync(panel.Expr));
    }

    private async Task AssertAllReturnData(IReadOnlyList<LiveQuery> queries)
    {
        Assert.NotEmpty(queries);
        var empty = new List<string>();
        foreach (var query in queries)
        {
            var result = await system.Prometheus.QueryAsync(query.Expr);
            if (result.ValueKind != JsonValueKind.Array || result.GetArrayLength() == 0) empty.Add($"{query.Source}: {query.Expr}");
        }
        Assert.True(empty.Count == 0, $"{empty.Count} of {queries.Count} queries return nothing:\n{string.Join("\n", empty)}");
    }
}
