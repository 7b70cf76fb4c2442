using System.Buffers;
using OpenTelemetry.Resources;

namespace ServiceDefaults.Prometheus;

// The resource as one `target_info` sample (OTel compatibility spec, "Resource Attributes"): an info metric in
// OpenMetrics, a gauge of 1 in text. Every resource attribute becomes a label, service.name and
// service.instance.id included (as service_name and service_instance_id): the pull exporter must not add
// job/instance itself — Prometheus attaches those from its scrape configuration.
internal sealed class TargetInfo
{
    public const string FamilyKey = "target_info";

    private TargetInfo(byte[] text, byte[] openMetrics)
    {
        Text = text;
        OpenMetrics = openMetrics;
    }

    public byte[] Text { get; }
    public byte[] OpenMetrics { get; }

    public static TargetInfo? From(Resource resource)
    {
        var labels = LabelSet.From(resource.Attributes.Select(a => new KeyValuePair<string, object?>(a.Key, a.Value)));
        if (labels.Count == 0) return null;
        var rendered = LabelSet.Render(labels);
        return new TargetInfo(
            Render("# HELP target_info Target metadata\n# TYPE target_info gauge\n"u8, rendered),
            Render("# TYPE target info\n# HELP target Target metadata\n"u8, rendered));
    }

    public byte[] For(ExpositionFormat format) => format == ExpositionFormat.OpenMetrics ? OpenMetrics : Text;

    private static byte[] Render(ReadOnlySpan<byte> header, byte[] labels)
    {
        var writer = new ArrayBufferWriter<byte>(header.Length + labels.Length + 32);
        ExpositionWriter.WriteBytes(writer, header);
        ExpositionWriter.WriteBytes(writer, "target_info{"u8);
        ExpositionWriter.WriteBytes(writer, labels);
        ExpositionWriter.WriteBytes(writer, "} 1\n"u8);
        return writer.WrittenSpan.ToArray();
    }
}
