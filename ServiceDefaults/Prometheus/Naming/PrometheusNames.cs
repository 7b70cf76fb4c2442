using System.Text;

namespace ServiceDefaults.Prometheus;

// Metric and label name sanitising from the OTel "Prometheus and OpenMetrics Compatibility" spec:
// invalid characters become `_`, runs of `_` collapse to one, a leading digit gets a prefix.
internal static class PrometheusNames
{
    public static string SanitizeMetricName(string name) => Sanitize(name, allowColon: true, digitPrefix: "_");

    public static string SanitizeLabelName(string name) => Sanitize(name, allowColon: false, digitPrefix: "key_");

    // Units are sanitised like names but lose leading/trailing underscores: "# RU" becomes "RU".
    public static string SanitizeUnitWord(string unit) => Sanitize(unit, allowColon: false, digitPrefix: "").Trim('_');

    private static string Sanitize(string name, bool allowColon, string digitPrefix)
    {
        var builder = new StringBuilder(name.Length + digitPrefix.Length);
        if (name.Length > 0 && char.IsAsciiDigit(name[0])) builder.Append(digitPrefix);
        foreach (var c in name)
        {
            var valid = char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':');
            var next = valid ? c : '_';
            if (next == '_' && builder.Length > 0 && builder[^1] == '_') continue;
            builder.Append(next);
        }
        return builder.ToString();
    }
}
