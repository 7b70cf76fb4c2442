using Hosting.Integrations.Prometheus;
using Hosting.Tests.Integrations.Repository;

namespace Hosting.Tests.Integrations.Prometheus;

public class PrometheusBaseConfigTests
{
    [Fact]
    public void GlobalsLabelsAndRuleFilesAreRead()
    {
        var config = PrometheusBaseConfig.Parse("""
            global:
              scrape_interval: 5s
              scrape_timeout: 4s
              evaluation_interval: 10s
              external_labels:
                system: aspire-metrics
            rule_files:
              - rules/recording.yml
              - rules/alerts.yml
            scrape_configs: []
            """);

        Assert.Equal(TimeSpan.FromSeconds(5), config.ScrapeInterval);
        Assert.Equal(TimeSpan.FromSeconds(4), config.ScrapeTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), config.EvaluationInterval);
        Assert.Equal([new("system", "aspire-metrics")], config.ExternalLabels);
        Assert.Equal(["rules/recording.yml", "rules/alerts.yml"], config.RuleFiles);
    }

    [Fact]
    public void ABaseWithoutRuleFilesLeavesThemToDiscovery()
    {
        var config = PrometheusBaseConfig.Parse("global:\n  scrape_interval: 1m\n");

        Assert.Equal(TimeSpan.FromMinutes(1), config.ScrapeInterval);
        Assert.Null(config.ScrapeTimeout);
        Assert.Null(config.RuleFiles);
    }

    [Fact]
    public void NoBaseFileMeansNoSettings() =>
        Assert.Same(PrometheusBaseConfig.Empty, PrometheusBaseConfig.Load("/nonexistent/prometheus"));

    [Fact]
    public void TheRepositoryBaseFileNamesRuleFilesThatExist()
    {
        var repository = TestRepository.Layout;

        var config = PrometheusBaseConfig.Load(repository.PrometheusDirectory);

        Assert.NotNull(config.RuleFiles);
        Assert.NotEmpty(config.RuleFiles);
        Assert.All(config.RuleFiles, f => Assert.True(File.Exists(Path.Combine(repository.PrometheusDirectory, f)), f));
    }
}
