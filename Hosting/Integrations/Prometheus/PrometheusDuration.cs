using System.Globalization;
using System.Text.RegularExpressions;

namespace Hosting.Integrations.Prometheus;

// Prometheus' duration syntax (`5s`, `500ms`, `1m30s`), read and written.
public static partial class PrometheusDuration
{
    public static string Format(TimeSpan value)
    {
        if (value <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(value), value, "must be positive");
        var ms = (long)value.TotalMilliseconds;
        return ms % 1000 == 0
            ? (ms / 1000).ToString(CultureInfo.InvariantCulture) + "s"
            : ms.ToString(CultureInfo.InvariantCulture) + "ms";
    }

    public static TimeSpan Parse(string text)
    {
        var match = Syntax().Match(text.Trim());
        if (!match.Success || match.Length == 0)
            throw new FormatException($"'{text}' is not a Prometheus duration (e.g. 5s, 500ms, 1m30s).");
        var total = TimeSpan.Zero;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unitStart = part.Value.IndexOfAny(['m', 's', 'h', 'd', 'w', 'y']);
            var amount = long.Parse(part.Value[..unitStart], CultureInfo.InvariantCulture);
            total += part.Value[unitStart..] switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                "d" => TimeSpan.FromDays(amount),
                "w" => TimeSpan.FromDays(7 * amount),
                _ => TimeSpan.FromDays(365 * amount),
            };
        }
        return total;
    }

    [GeneratedRegex(@"^(?<part>[0-9]+(ms|s|m|h|d|w|y))+$")]
    private static partial Regex Syntax();
}
