using System.Text.RegularExpressions;

namespace TestSupport.Grafana;

// Fills Grafana template variables into a panel query the way Grafana would before sending it to
// Prometheus: $name, ${name} and [[name]], plus the built-ins $__rate_interval, $__range and $__interval.
public static partial class TemplateVariables
{
    public static IReadOnlyDictionary<string, string> BuiltIns { get; } = new Dictionary<string, string>
    {
        ["__rate_interval"] = "1m",
        ["__range"] = "5m",
        ["__interval"] = "15s",
    };

    public static string Substitute(string expr, IReadOnlyDictionary<string, string> values) =>
        Reference().Replace(expr, m =>
        {
            var name = m.Groups["braced"].Success ? m.Groups["braced"].Value
                : m.Groups["bracketed"].Success ? m.Groups["bracketed"].Value
                : m.Groups["plain"].Value;
            if (values.TryGetValue(name, out var value) || BuiltIns.TryGetValue(name, out value)) return value;
            throw new KeyNotFoundException($"No value for template variable '{name}' in: {expr}");
        });

    // Every variable a query refers to, built-ins excluded (label_replace's "$1" is not a variable).
    public static IReadOnlySet<string> ReferencedIn(string expr) =>
        Reference().Matches(expr)
            .Select(m => m.Groups["braced"].Success ? m.Groups["braced"].Value
                : m.Groups["bracketed"].Success ? m.Groups["bracketed"].Value
                : m.Groups["plain"].Value)
            .Where(name => !BuiltIns.ContainsKey(name))
            .ToHashSet();

    [GeneratedRegex(@"\$\{(?<braced>[A-Za-z_]\w*)(?::\w+)?\}|\[\[(?<bracketed>[A-Za-z_]\w*)\]\]|\$(?<plain>[A-Za-z_]\w*)")]
    private static partial Regex Reference();
}
