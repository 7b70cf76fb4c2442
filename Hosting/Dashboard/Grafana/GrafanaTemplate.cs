using System.Globalization;
using System.Text.RegularExpressions;

namespace Hosting.Dashboard.Grafana;

/// <summary>Grafana's variable syntax ($var, ${var}, ${var:fmt}, [[var]]) and the built-in intervals.
/// Names that are not variables (like label_replace's $1) are left alone.</summary>
public static partial class GrafanaTemplate
{
    public static string Substitute(string text, IReadOnlyDictionary<string, string> values, QueryWindow window)
    {
        var all = new Dictionary<string, string>(values, StringComparer.Ordinal)
        {
            ["__interval"] = Duration(window.Step),
            ["__interval_ms"] = ((long)window.Step.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            ["__rate_interval"] = Duration(window.RateInterval),
            ["__range"] = Duration(window.Range),
            ["__range_s"] = ((long)window.Range.TotalSeconds).ToString(CultureInfo.InvariantCulture),
            ["__range_ms"] = ((long)window.Range.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
        };
        return Reference().Replace(text, m =>
        {
            var name = m.Groups["braced"].Success ? m.Groups["braced"].Value
                : m.Groups["plain"].Success ? m.Groups["plain"].Value
                : m.Groups["old"].Value;
            return all.TryGetValue(name, out var value) ? value : m.Value;
        });
    }

    /// <summary>The text a selection stands for in PromQL: one value as is, several or All as a regex alternation.</summary>
    public static string Format(GrafanaVariable variable, IReadOnlyList<string> selected, IReadOnlyList<string> options)
    {
        if (selected.Contains(AllValue))
            return variable.AllValue ?? Alternation(options);
        return selected.Count == 1 && !variable.Multi && !variable.IncludeAll ? selected[0] : Alternation(selected);
    }

    public const string AllValue = "$__all";

    private static string Alternation(IReadOnlyList<string> values) => values.Count switch
    {
        0 => "",
        1 => PromRegexEscape(values[0]),
        _ => "(" + string.Join("|", values.Select(PromRegexEscape)) + ")",
    };

    // RE2 escaping of metacharacters only (.NET's Regex.Escape also escapes spaces, which RE2 rejects).
    private static string PromRegexEscape(string value) => MetaCharacter().Replace(value, @"\$0");

    private static string Duration(TimeSpan span) =>
        Math.Max(1, (long)Math.Round(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture) + "s";

    [GeneratedRegex(@"[\\.+*?()|\[\]{}^$]")]
    private static partial Regex MetaCharacter();

    [GeneratedRegex(@"\$\{(?<braced>\w+)(:\w+)?\}|\$(?<plain>[A-Za-z_]\w*)|\[\[(?<old>\w+)(:\w+)?\]\]")]
    private static partial Regex Reference();
}
