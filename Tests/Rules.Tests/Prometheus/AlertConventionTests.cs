using System.Text.RegularExpressions;

namespace Rules.Tests.Prometheus;

// What an on-call engineer relies on in every alert: a severity to route by, text that says what is
// wrong, a runbook, a `for:` that keeps blips quiet, and a unit test proving it fires and stays quiet.
public sealed partial class AlertConventionTests
{
    private static readonly string[] Severities = ["critical", "warning", "info"];

    public static TheoryData<string> AlertNames => [.. RuleFile.Alerts.Select(a => a.Name)];

    private static Rule AlertNamed(string name) => RuleFile.Alerts.Single(a => a.Name == name);

    [Fact]
    public void TheAlertsTheIssueAsksForExist()
    {
        string[] required = ["TargetDown", "HighErrorRate", "HighLatencyP95", "CacheHitRatioLow", "PredictorSaturated",
            "ModelAccuracyLow", "CacheErrors", "InstanceRestarted", "InstanceFlapping", "HighMemory", "NoPredictions"];
        Assert.Empty(required.Except(RuleFile.Alerts.Select(a => a.Name)));
    }

    [Fact]
    public void AlertNamesAreUniqueAndPascalCase()
    {
        var names = RuleFile.Alerts.Select(a => a.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches(PascalCase(), n));
    }

    [Theory]
    [MemberData(nameof(AlertNames))]
    public void AlertHasAKnownSeverity(string alert) =>
        Assert.Contains(AlertNamed(alert).Labels.GetValueOrDefault("severity"), Severities);

    [Theory]
    [MemberData(nameof(AlertNames))]
    public void AlertHasSummaryDescriptionAndRunbook(string alert)
    {
        var annotations = AlertNamed(alert).Annotations;
        foreach (var key in new[] { "summary", "description", "runbook" })
            Assert.False(string.IsNullOrWhiteSpace(annotations.GetValueOrDefault(key)), $"{alert} lacks {key}");
    }

    [Theory]
    [MemberData(nameof(AlertNames))]
    public void AlertRunbookPointsToItsOwnReadmeAnchor(string alert) =>
        Assert.Equal($"docs/rules-and-dashboards.md#runbook-{alert.ToLowerInvariant()}", AlertNamed(alert).Annotations["runbook"]);

    [Theory]
    [MemberData(nameof(AlertNames))]
    public void AlertStatesHowLongTheConditionMustHold(string alert) =>
        Assert.Matches(Duration(), AlertNamed(alert).For ?? "");

    [Theory]
    [MemberData(nameof(AlertNames))]
    public void AlertFiresInAUnitTestWithItsAnnotationsRendered(string alert)
    {
        var firing = RuleTestFile.AllGroups.SelectMany(g => g.AlertRuleTest)
            .Where(t => t.Alertname == alert)
            .SelectMany(t => t.ExpAlerts)
            .ToList();
        Assert.NotEmpty(firing);
        Assert.All(firing, a =>
        {
            Assert.Equal(AlertNamed(alert).Labels["severity"], a.ExpLabels.GetValueOrDefault("severity"));
            Assert.Equal(["description", "runbook", "summary"], a.ExpAnnotations.Keys.Order());
        });
    }

    [Theory]
    [MemberData(nameof(AlertNames))]
    public void AlertStaysQuietInAUnitTest(string alert) =>
        Assert.Contains(RuleTestFile.AllGroups.SelectMany(g => g.AlertRuleTest),
            t => t.Alertname == alert && t.ExpAlerts.Count == 0);

    [Fact]
    public void EveryAlertUnitTestNamesAnExistingAlert() =>
        Assert.Empty(RuleTestFile.AllGroups.SelectMany(g => g.AlertRuleTest).Select(t => t.Alertname)
            .Except(RuleFile.Alerts.Select(a => a.Name)));

    // A typo in a recorded series' name would make the alert silently never fire.
    [Theory]
    [MemberData(nameof(AlertNames))]
    public void RecordedSeriesTheAlertReadsExist(string alert)
    {
        var recorded = RecordedSeries().Matches(AlertNamed(alert).Expr).Select(m => m.Value);
        Assert.Empty(recorded.Except(RuleFile.RecordingRules.Select(r => r.Name)));
    }

    [GeneratedRegex(@"[a-z_]+:[a-z0-9_]+:[a-z0-9_]+")]
    private static partial Regex RecordedSeries();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]+$")]
    private static partial Regex PascalCase();

    [GeneratedRegex(@"^\d+[smh]$")]
    private static partial Regex Duration();
}
