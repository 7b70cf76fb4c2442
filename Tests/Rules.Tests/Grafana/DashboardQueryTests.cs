using System.Text.RegularExpressions;
using Rules.Tests.PromQl;
using Rules.Tests.Prometheus;
using TestSupport.Grafana;

namespace Rules.Tests.Grafana;

// Every panel query and every variable's label_values selector is valid PromQL once Grafana has
// filled in the template variables, checked by Prometheus' own parser.
public sealed partial class DashboardQueryTests
{
    [Fact]
    public async Task EveryPanelQueryParsesAsPromQl()
    {
        var targets = Dashboards.Targets.ToList();
        var expressions = targets.Select(t => TemplateVariables.Substitute(t.Target.Expr, Dashboards.SampleValues)).ToList();

        var result = await PromQlSyntax.CheckAsync(expressions);

        Assert.True(result.ExitCode == 0, Describe(result.ToString(), targets));
        Assert.Contains($"{expressions.Count} rules found", result.Stdout);
    }

    [Fact]
    public async Task EveryVariableSelectorParsesAsPromQl()
    {
        var selectors = Dashboards.All.SelectMany(d => d.Variables)
            .Select(v => LabelValues().Match((string?)v["query"]?["query"] ?? ""))
            .Select(m => TemplateVariables.Substitute(m.Groups["selector"].Value, Dashboards.SampleValues))
            .ToList();
        Assert.All(selectors, s => Assert.False(string.IsNullOrWhiteSpace(s)));

        var result = await PromQlSyntax.CheckAsync(selectors);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task TheSyntaxCheckRejectsABrokenQuery()
    {
        var result = await PromQlSyntax.CheckAsync(["sum(rate(up[1m])", "up"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(PromQlSyntax.RuleName(0), result.Stdout + result.Stderr);
    }

    [Fact]
    public void EveryRecordedSeriesAPanelReadsIsARecordingRule()
    {
        var recorded = Dashboards.Targets.SelectMany(t => RecordedSeries().Matches(t.Target.Expr)).Select(m => m.Value);
        Assert.NotEmpty(recorded);
        Assert.Empty(recorded.Except(RuleFile.RecordingRules.Select(r => r.Name)));
    }

    private static string Describe(string output, IReadOnlyList<(GrafanaDashboard Dashboard, DashboardPanel Panel, DashboardTarget Target)> targets) =>
        output + "\n" + string.Join("\n", targets.Select((t, i) => $"{PromQlSyntax.RuleName(i)} = {t.Dashboard.FileName} / {t.Panel.Title} / {t.Target.RefId}"));

    [GeneratedRegex(@"[a-z_]+:[a-z0-9_]+:[a-z0-9_]+")]
    private static partial Regex RecordedSeries();

    [GeneratedRegex(@"^label_values\((?<selector>.+),\s*\w+\)$")]
    private static partial Regex LabelValues();
}
