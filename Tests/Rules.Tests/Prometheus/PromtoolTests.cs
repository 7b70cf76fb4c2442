using TestSupport;

namespace Rules.Tests.Prometheus;

// The rule files and their unit tests, run through the real promtool.
public sealed class PromtoolTests
{
    [Fact]
    public async Task EveryRuleFilePassesPromtoolCheckRules()
    {
        Assert.NotEmpty(RuleFile.Paths);
        var result = await Promtool.RunAsync(["check", "rules", .. RuleFile.Paths]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("SUCCESS", result.Stdout);
    }

    [Fact]
    public async Task EveryRuleUnitTestPassesPromtoolTestRules()
    {
        Assert.NotEmpty(RuleTestFile.Paths);
        var files = RuleTestFile.Paths.Select(Path.GetFileName).OfType<string>();
        var result = await Promtool.RunAsync(["test", "rules", .. files], workingDirectory: RuleTestFile.Directory);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("FAILED", result.Stdout + result.Stderr);
    }

    [Fact]
    public void UnitTestsLoadTheRuleFilesTheRepositoryShips()
    {
        var loaded = RuleTestFile.Paths
            .SelectMany(p => RuleTestFile.Load(p).RuleFiles.Select(f => Path.GetFullPath(Path.Combine(RuleTestFile.Directory, f))))
            .ToHashSet();
        Assert.Equal(RuleFile.Paths.Select(Path.GetFullPath).Order(), loaded.Order());
    }

    [Fact]
    public async Task BaseConfigPassesPromtoolCheckConfigWithItsRuleFiles()
    {
        var result = await Promtool.RunAsync(["check", "config", RepositoryRoot.Combine("prometheus", "prometheus.base.yml")]);
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var path in RuleFile.Paths) Assert.Contains(Path.GetFileName(path), result.Stdout);
    }
}
