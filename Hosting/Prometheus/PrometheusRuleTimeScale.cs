using System.Globalization;
using System.Text.RegularExpressions;

namespace Aspire.Hosting.ApplicationModel;

// A rule file with every duration that decides *when* an alert fires multiplied by one factor: each `for:`
// and each range selector ([5m] -> [9s] at 0.03). The expressions, thresholds and names stay as written, so a
// test profile proves the real rules fire and resolve, in seconds instead of minutes (docs/faults-and-traffic.md).
public static partial class PrometheusRuleTimeScale
{
    public static string Apply(string rulesYaml, double factor)
    {
        if (factor <= 0 || double.IsNaN(factor)) throw new ArgumentOutOfRangeException(nameof(factor), factor, "must be positive");
        if (factor == 1) return rulesYaml;
        var scaled = ForLine().Replace(rulesYaml, m => m.Groups["head"].Value + Scale(m.Groups["duration"].Value, factor));
        return RangeSelector().Replace(scaled, m => "[" + Scale(m.Groups["duration"].Value, factor) + m.Groups["tail"].Value);
    }

    public static TimeSpan Parse(string duration)
    {
        var total = TimeSpan.Zero;
        foreach (Match part in DurationPart().Matches(duration))
        {
            var n = long.Parse(part.Groups["n"].Value, CultureInfo.InvariantCulture);
            total += part.Groups["unit"].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(n),
                "s" => TimeSpan.FromSeconds(n),
                "m" => TimeSpan.FromMinutes(n),
                "h" => TimeSpan.FromHours(n),
                "d" => TimeSpan.FromDays(n),
                "w" => TimeSpan.FromDays(7 * n),
                _ => TimeSpan.FromDays(365 * n),
            };
        }
        return total;
    }

    // Whole seconds when exact, else milliseconds (Prometheus reads both); never below 1 ms unless it was 0.
    public static string Format(TimeSpan value)
    {
        var ms = (long)Math.Round(value.TotalMilliseconds);
        return ms % 1000 == 0 ? $"{ms / 1000}s" : $"{ms}ms";
    }

    private static string Scale(string duration, double factor)
    {
        var value = Parse(duration);
        return value == TimeSpan.Zero ? "0s" : Format(TimeSpan.FromMilliseconds(Math.Max(1, Math.Round(value.TotalMilliseconds * factor))));
    }

    [GeneratedRegex(@"(?<head>^\s*(?:keep_firing_)?for:\s*)(?<duration>(?:\d+(?:ms|[smhdwy]))+)(?=\s*(?:#.*)?$)", RegexOptions.Multiline)]
    private static partial Regex ForLine();

    [GeneratedRegex(@"\[(?<duration>(?:\d+(?:ms|[smhdwy]))+)(?<tail>[:\]])")]
    private static partial Regex RangeSelector();

    [GeneratedRegex(@"(?<n>\d+)(?<unit>ms|[smhdwy])")]
    private static partial Regex DurationPart();
}
