using Hosting.Integrations.Prometheus;

namespace Hosting.Tests.Integrations.Prometheus;

public class PrometheusConfigComposerTests
{
    private static readonly PrometheusScrapeJob Api = new("api", ["127.0.0.1:8000"]);
    private static readonly PrometheusBaseConfig Base = new()
    {
        ScrapeInterval = TimeSpan.FromSeconds(5),
        ScrapeTimeout = TimeSpan.FromSeconds(4),
        EvaluationInterval = TimeSpan.FromSeconds(5),
        ExternalLabels = [new("system", "aspire-metrics")],
        RuleFiles = ["rules/recording.yml", "rules/alerts.yml"],
    };

    [Fact]
    public void BaseSettingsAndRuleFilesAreKeptUnderThePrometheusFolder()
    {
        var config = PrometheusConfigComposer.Compose(Base, ["ignored.yml"], "/repo/prometheus", [Api], scrapeInterval: null);

        Assert.Equal(TimeSpan.FromSeconds(5), config.ScrapeInterval);
        Assert.Equal(TimeSpan.FromSeconds(4), config.ScrapeTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), config.EvaluationInterval);
        Assert.Equal(Base.ExternalLabels, config.ExternalLabels);
        Assert.Equal(["/repo/prometheus/rules/recording.yml", "/repo/prometheus/rules/alerts.yml"], config.RuleFiles);
        Assert.Equal([Api], config.Jobs);
    }

    [Fact]
    public void AnExplicitIntervalWinsAndDrivesRuleEvaluation()
    {
        var config = PrometheusConfigComposer.Compose(Base, [], "/etc/prometheus/repo", [Api], TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.FromSeconds(1), config.ScrapeInterval);
        Assert.Null(config.EvaluationInterval);
        Assert.Equal("/etc/prometheus/repo/rules/alerts.yml", config.RuleFiles[1]);
    }

    [Fact]
    public void WithoutABaseFileDiscoveredRuleFilesAndTheDefaultIntervalApply()
    {
        var config = PrometheusConfigComposer.Compose(PrometheusBaseConfig.Empty, ["rules/a.yml"], "/repo/prometheus/", [], null);

        Assert.Equal(PrometheusConfig.DefaultScrapeInterval, config.ScrapeInterval);
        Assert.Equal(["/repo/prometheus/rules/a.yml"], config.RuleFiles);
    }

    [Fact]
    public void WithoutARepositoryThereAreNoRuleFiles() =>
        Assert.Empty(PrometheusConfigComposer.Compose(Base, ["a.yml"], null, [Api], null).RuleFiles);
}
