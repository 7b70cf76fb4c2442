using TestSupport;

namespace ServiceDefaults.Tests.Prometheus;

public static class PromtoolAssert
{
    // `promtool check metrics`: exit 0, or exit 3 when every lint problem is one the test chose on purpose
    // (promtool prefers base units, so a milliseconds histogram is a deliberate "use base unit" finding).
    public static async Task AcceptsAsync(string exposition, params string[] allowedLint)
    {
        var result = await Promtool.CheckMetricsAsync(exposition);
        if (result.ExitCode == 0) return;
        Assert.True(result.ExitCode == 3, $"promtool could not parse the exposition:\n{result}\n{exposition}");
        var problems = (result.Stdout + result.Stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var problem in problems)
            Assert.True(allowedLint.Any(problem.Contains), $"promtool lint problem: {problem}\n{exposition}");
    }
}
