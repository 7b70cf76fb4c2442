namespace ServiceDefaults.Prometheus;

// UCUM units (as OTel instruments declare them) to Prometheus name suffixes.
internal static class PrometheusUnits
{
    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["d"] = "days", ["h"] = "hours", ["min"] = "minutes", ["s"] = "seconds", ["ms"] = "milliseconds",
        ["us"] = "microseconds", ["ns"] = "nanoseconds",
        ["By"] = "bytes", ["KiBy"] = "kibibytes", ["MiBy"] = "mebibytes", ["GiBy"] = "gibibytes", ["TiBy"] = "tibibytes",
        ["KBy"] = "kilobytes", ["MBy"] = "megabytes", ["GBy"] = "gigabytes", ["TBy"] = "terabytes",
        ["m"] = "meters", ["V"] = "volts", ["A"] = "amperes", ["J"] = "joules", ["W"] = "watts", ["g"] = "grams",
        ["Cel"] = "celsius", ["Hz"] = "hertz", ["%"] = "percent", ["1"] = "",
    };

    private static readonly Dictionary<string, string> PerUnits = new(StringComparer.Ordinal)
    {
        ["s"] = "second", ["m"] = "minute", ["h"] = "hour", ["d"] = "day", ["w"] = "week", ["mo"] = "month", ["y"] = "year",
    };

    // The suffix for a unit, or "" when the unit adds none. Never contains characters invalid in a name.
    public static string ToSuffix(string? unit, bool isGauge)
    {
        if (string.IsNullOrWhiteSpace(unit)) return "";
        var text = RemoveAnnotations(unit).Trim();
        if (text == "1") return isGauge ? "ratio" : "";
        var slash = text.IndexOf('/');
        if (slash < 0) return Word(text, Units);
        var first = Word(text[..slash], Units);
        var second = Word(text[(slash + 1)..], PerUnits);
        if (second.Length == 0) return first;
        return first.Length == 0 ? $"per_{second}" : $"{first}_per_{second}";
    }

    private static string Word(string text, Dictionary<string, string> table)
    {
        text = text.Trim();
        return table.TryGetValue(text, out var mapped) ? mapped : PrometheusNames.SanitizeUnitWord(text);
    }

    // "{request}" and "By{packet}" lose their curly-brace annotations; an unclosed brace drops the rest.
    private static string RemoveAnnotations(string unit)
    {
        if (!unit.Contains('{')) return unit;
        var result = new System.Text.StringBuilder(unit.Length);
        var depth = 0;
        foreach (var c in unit)
        {
            if (c == '{') depth++;
            else if (c == '}' && depth > 0) depth--;
            else if (depth == 0) result.Append(c);
        }
        return result.ToString();
    }
}
