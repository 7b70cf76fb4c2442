using Hosting.Dashboard.Grafana;

namespace Dashboard.Tests.Grafana;

public sealed class GrafanaTemplateTests
{
    private static readonly QueryWindow FifteenMinutes = new(TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(5));

    [Theory]
    [InlineData("rate(x{job=~\"$job\"}[$__rate_interval])", "rate(x{job=~\"api\"}[20s])")]
    [InlineData("rate(x{job=~\"${job}\"}[${__rate_interval}])", "rate(x{job=~\"api\"}[20s])")]
    [InlineData("rate(x{job=~\"${job:regex}\"}[5m])", "rate(x{job=~\"api\"}[5m])")]
    [InlineData("increase(x{job=~\"[[job]]\"}[$__range])", "increase(x{job=~\"api\"}[900s])")]
    [InlineData("x[$__interval]", "x[15s]")]
    [InlineData("label_replace(x, \"m\", \"http/$1\", \"v\", \"(.*)\")", "label_replace(x, \"m\", \"http/$1\", \"v\", \"(.*)\")")]
    [InlineData("x{a=\"$unknown\"}", "x{a=\"$unknown\"}")]
    public void VariablesAndBuiltInsAreSubstitutedAndNothingElse(string text, string expected) =>
        Assert.Equal(expected, GrafanaTemplate.Substitute(text, new Dictionary<string, string> { ["job"] = "api" }, FifteenMinutes));

    [Fact]
    public void TheRateIntervalCoversFourScrapesOrMoreThanAStep()
    {
        Assert.Equal(TimeSpan.FromSeconds(20), FifteenMinutes.RateInterval);
        Assert.Equal(TimeSpan.FromSeconds(65), new QueryWindow(TimeSpan.FromHours(6), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(5)).RateInterval);
    }

    [Theory]
    [InlineData(false, false, null, new[] { "api" }, "api")]
    [InlineData(true, true, ".*", new[] { "$__all" }, ".*")]
    [InlineData(true, true, null, new[] { "$__all" }, "(api|predictor)")]
    [InlineData(true, false, null, new[] { "api", "predictor" }, "(api|predictor)")]
    [InlineData(true, false, null, new[] { "/predict/{ticker}" }, "/predict/\\{ticker\\}")]
    public void SelectionsBecomePromQlText(bool multi, bool includeAll, string? allValue, string[] selected, string expected)
    {
        var variable = new GrafanaVariable("job", "Job", "query", "", multi, includeAll, allValue, []);
        Assert.Equal(expected, GrafanaTemplate.Format(variable, selected, ["api", "predictor"]));
    }
}
