using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace ServiceDefaults.Prometheus;

// Attributes as Prometheus labels: names sanitised, sorted; attributes that sanitise to the same name are
// joined with ';' in the order of their original keys (OTel compatibility spec, "Metric Attributes").
internal static class LabelSet
{
    public static List<KeyValuePair<string, string>> From(IEnumerable<KeyValuePair<string, object?>> attributes)
    {
        var converted = new List<(string Name, string Key, string Value)>();
        foreach (var (key, value) in attributes)
        {
            var name = PrometheusNames.SanitizeLabelName(key);
            if (name.Length == 0) continue;
            converted.Add((name, key, FormatValue(value)));
        }
        converted.Sort((a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(a.Key, b.Key);
        });

        var labels = new List<KeyValuePair<string, string>>(converted.Count);
        foreach (var (name, _, value) in converted)
        {
            if (labels.Count > 0 && labels[^1].Key == name)
                labels[^1] = new(name, labels[^1].Value + ";" + value);
            else
                labels.Add(new(name, value));
        }
        return labels;
    }

    // `a="x",b="y"` — no braces, so a histogram can append its `le` label.
    public static byte[] Render(IEnumerable<KeyValuePair<string, string>> labels)
    {
        var writer = new ArrayBufferWriter<byte>(64);
        foreach (var (name, value) in labels)
        {
            if (writer.WrittenCount > 0) ExpositionWriter.WriteByte(writer, (byte)',');
            ExpositionWriter.WriteLabel(writer, name, value);
        }
        return writer.WrittenSpan.ToArray();
    }

    // Non-string attribute values follow the OTel attribute rules: invariant numbers, lower-case booleans,
    // arrays as JSON arrays.
    public static string FormatValue(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        double d => FormatDouble(d),
        float f => FormatDouble(f),
        IEnumerable sequence => JsonSerializer.Serialize(sequence.Cast<object?>().ToArray()),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string FormatDouble(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "+Inf"
        : double.IsNegativeInfinity(value) ? "-Inf"
        : value.ToString(CultureInfo.InvariantCulture);
}
