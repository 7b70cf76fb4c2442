using Hosting.Tests.Support;
using TestSupport;

namespace Hosting.Tests.Prometheus;

public sealed class PrometheusRuleTimeScaleTests
{
    private const string Rules = """
        groups:
          - name: http.alerts
            rules:
              - alert: HighErrorRate
                expr: sum(rate(errors_total[5m])) / sum(rate(requests_total[1h30m])) > 0.05 # [5m] in a comment too
                for: 10m
              - alert: Restarted
                expr: changes(process_start_time_seconds[15m]) > 0
                for: 0m
              - record: job:max_over_subquery
                expr: max_over_time(up[2m:1m])
        """;

    [Fact]
    public void EveryForAndRangeSelectorIsScaledAndNothingElse()
    {
        Assert.Equal("""
            groups:
              - name: http.alerts
                rules:
                  - alert: HighErrorRate
                    expr: sum(rate(errors_total[9s])) / sum(rate(requests_total[162s])) > 0.05 # [9s] in a comment too
                    for: 18s
                  - alert: Restarted
                    expr: changes(process_start_time_seconds[27s]) > 0
                    for: 0s
                  - record: job:max_over_subquery
                    expr: max_over_time(up[3600ms:1m])
            """, PrometheusRuleTimeScale.Apply(Rules, 0.03));
    }

    [Fact]
    public void AScaleOfOneLeavesTheFileAsItIs() => Assert.Same(Rules, PrometheusRuleTimeScale.Apply(Rules, 1));

    [Theory]
    [InlineData("5m", 300_000)]
    [InlineData("1h30m", 5_400_000)]
    [InlineData("250ms", 250)]
    public void DurationsReadAsPrometheusWritesThem(string text, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), PrometheusRuleTimeScale.Parse(text));

    // The test profile's rules are still valid rules.
    [Theory]
    [InlineData("recording.yml")]
    [InlineData("alerts.yml")]
    [InlineData("backtest.yml")]
    public async Task TheRepositoryRulesScaledForTheFaultTestsPassPromtoolCheckRules(string file)
    {
        using var directory = new TestSupport.TempDirectory();
        var scaled = directory.File(file);
        await File.WriteAllTextAsync(scaled, PrometheusRuleTimeScale.Apply(await File.ReadAllTextAsync(RepositoryRoot.Combine("prometheus", "rules", file)), 0.03));

        var result = await Promtool.RunAsync(["check", "rules", scaled]);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void WriteConfigWithATimeScalePointsRuleFilesAtScaledCopiesInTheRunDirectory()
    {
        var builder = Model.Builder("executable");
        var prometheus = builder.AddPrometheus("prometheus").WithBaseConfig(RepositoryRoot.Combine("prometheus", "prometheus.base.yml"))
            .WithRuleTimeScale(0.03);
        var files = prometheus.Resource.Files;
        try
        {
            PrometheusBuilderExtensions.WriteConfig(prometheus.Resource);

            var scaled = Path.Combine(files.Directory, "rules", "alerts.yml");
            Assert.Contains($"- {scaled}\n", File.ReadAllText(files.ConfigFile), StringComparison.Ordinal);
            Assert.Contains("for: 9s", File.ReadAllText(scaled), StringComparison.Ordinal);
            Assert.DoesNotContain("for: 5m", File.ReadAllText(scaled), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(files.Directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void ATimeScaleOutsideZeroToOneIsRefused(double scale) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Model.Builder("executable").AddPrometheus("prometheus").WithRuleTimeScale(scale));
}
