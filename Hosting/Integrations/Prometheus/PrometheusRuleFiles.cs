using System.Text.RegularExpressions;

namespace Hosting.Integrations.Prometheus;

// The rule files under the repository's prometheus/ folder: any *.yml/*.yaml with a top-level
// `groups:` key, whatever the rules engineer names them; promtool test files (`tests:`) and other
// YAML are left out. Sorted, so the generated config is stable.
public static partial class PrometheusRuleFiles
{
    public static IReadOnlyList<string> RelativePaths(string? prometheusDirectory)
    {
        if (prometheusDirectory is null || !Directory.Exists(prometheusDirectory)) return [];
        return Directory.EnumerateFiles(prometheusDirectory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            .Where(IsRuleFile)
            .Select(f => Path.GetRelativePath(prometheusDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsRuleFile(string path) => TopLevelGroups().IsMatch(File.ReadAllText(path));

    [GeneratedRegex(@"^groups:", RegexOptions.Multiline)]
    private static partial Regex TopLevelGroups();
}
