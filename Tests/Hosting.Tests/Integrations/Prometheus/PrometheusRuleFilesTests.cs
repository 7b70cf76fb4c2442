using Hosting.Integrations.Prometheus;
using TestSupport;

namespace Hosting.Tests.Integrations.Prometheus;

public class PrometheusRuleFilesTests
{
    [Fact]
    public void OnlyFilesWithTopLevelGroupsAreRuleFiles()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("rules"));
        File.WriteAllText(dir.File("rules/recording.yml"), "# recording\ngroups:\n  - name: a\n    rules: []\n");
        File.WriteAllText(dir.File("alerts.yaml"), "groups:\n  - name: b\n    rules: []\n");
        File.WriteAllText(dir.File("rules/recording.test.yml"), "rule_files:\n  - recording.yml\ntests: []\n");
        File.WriteAllText(dir.File("prometheus.base.yml"), "global:\n  scrape_interval: 5s\n");
        File.WriteAllText(dir.File("notes.md"), "groups:\n");

        Assert.Equal(["alerts.yaml", "rules/recording.yml"], PrometheusRuleFiles.RelativePaths(dir.Path));
    }

    [Fact]
    public void AMissingFolderHasNoRuleFiles() =>
        Assert.Empty(PrometheusRuleFiles.RelativePaths("/nonexistent/prometheus"));
}
