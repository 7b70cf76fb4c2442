using System.Text.RegularExpressions;

namespace Rules.Tests.Prometheus;

// Recording rules are named level:metric:operations and each has its value checked in a unit test.
public sealed partial class RecordingRuleConventionTests
{
    public static TheoryData<string> RuleNames => [.. RuleFile.RecordingRules.Select(r => r.Name)];

    [Fact]
    public void TheRecordingRulesTheIssueAsksForExist()
    {
        string[] required =
        [
            "job_http_route:http_server_requests:rate5m",
            "job_http_route:http_server_request_duration_seconds:p50",
            "job_http_route:http_server_request_duration_seconds:p95",
            "job_http_route:http_server_request_duration_seconds:p99",
            "job:http_server_requests_4xx:ratio_rate5m",
            "job:http_server_requests_5xx:ratio_rate5m",
            "job_ticker_model_type:predictions:rate5m",
            "job_model_type:prediction_duration_seconds:p95",
            "job_cache:cache_hits:ratio_rate5m",
        ];
        Assert.Empty(required.Except(RuleFile.RecordingRules.Select(r => r.Name)));
    }

    [Fact]
    public void RecordingRuleNamesAreUnique()
    {
        var names = RuleFile.RecordingRules.Select(r => r.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void NameIsLevelMetricOperations(string rule) => Assert.Matches(LevelMetricOperations(), rule);

    // The level names the labels the rule keeps: every aggregation must keep exactly those.
    [Theory]
    [MemberData(nameof(RuleNames))]
    public void EveryAggregationKeepsTheLabelsTheLevelNames(string rule)
    {
        var expr = RuleFile.RecordingRules.Single(r => r.Name == rule).Expr;
        var level = rule.Split(':')[0];
        foreach (Match by in AggregationBy().Matches(expr))
        {
            var kept = by.Groups["labels"].Value.Split(',', StringSplitOptions.TrimEntries).Where(l => l != "le");
            Assert.Equal(level, string.Join('_', kept));
        }
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void RatiosAndMeansNeverDivideByZero(string rule)
    {
        var expr = RuleFile.RecordingRules.Single(r => r.Name == rule).Expr;
        if (!expr.Contains('/')) return;
        Assert.Matches(DenominatorAboveZero(), expr);
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void RuleValueIsCheckedInAUnitTest(string rule)
    {
        var tested = RuleTestFile.AllGroups.SelectMany(g => g.PromqlExprTest).Select(t => t.Expr);
        Assert.Contains(tested, expr => Regex.IsMatch(expr, $@"(^|[^\w:]){Regex.Escape(rule)}($|[^\w:])"));
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*:[a-z][a-z0-9_]*:[a-z0-9_]+$")]
    private static partial Regex LevelMetricOperations();

    [GeneratedRegex(@"by \((?<labels>[^)]*)\)")]
    private static partial Regex AggregationBy();

    [GeneratedRegex(@"/\s*\((?s:.*)> 0\)\s*$")]
    private static partial Regex DenominatorAboveZero();
}
