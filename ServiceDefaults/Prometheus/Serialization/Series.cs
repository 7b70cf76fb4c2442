using System.Buffers;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace ServiceDefaults.Prometheus;

// One series of one instrument, kept between scrapes: the tags it came from (checked by reference each scrape)
// and every line prefix it writes, `name{labels} ` (histogram buckets with their `le`), pre-rendered once, so a
// scrape writes each line as one copy plus one number.
internal sealed class Series
{
    private readonly KeyValuePair<string, object?>[] _tags;
    private long _createdAtTicks = long.MinValue;
    private byte[] _createdValue = [];

    private Series(KeyValuePair<string, object?>[] tags, byte[] labels)
    {
        _tags = tags;
        Labels = labels;
    }

    // `a="x",otel_scope_name="m",otel_scope_version="1"` — sorts series within a metric.
    public byte[] Labels { get; }
    public byte[] Sample { get; private set; } = [];
    public byte[][] Buckets { get; private set; } = [];
    public byte[] Sum { get; private set; } = [];
    public byte[] Count { get; private set; } = [];
    public byte[] Created { get; private set; } = [];

    public static Series Create(MetricState state, in MetricPoint point, IReadOnlyList<KeyValuePair<string, string>> scopeLabels)
    {
        var tags = new KeyValuePair<string, object?>[point.Tags.Count];
        var i = 0;
        foreach (var tag in point.Tags) tags[i++] = tag;
        var labels = LabelSet.From(tags);
        // An attribute that sanitises to a scope label's name would duplicate the label: the scope wins.
        labels.RemoveAll(l => scopeLabels.Any(s => s.Key == l.Key));
        labels.AddRange(scopeLabels);
        var rendered = LabelSet.Render(labels);

        var series = new Series(tags, rendered)
        {
            Created = Prefix(state.CreatedName, rendered, []),
        };
        if (state.Kind == PrometheusKind.Histogram)
        {
            series.Buckets = state.LeLabels(point).Select(le => Prefix(state.SampleName, rendered, le)).ToArray();
            series.Sum = Prefix(state.SumName, rendered, []);
            series.Count = Prefix(state.CountName, rendered, []);
        }
        else
        {
            series.Sample = Prefix(state.SampleName, rendered, []);
        }
        return series;
    }

    public bool Matches(ReadOnlyTagCollection tags)
    {
        if (tags.Count != _tags.Length) return false;
        var i = 0;
        foreach (var tag in tags)
        {
            var known = _tags[i++];
            if (!ReferenceEquals(tag.Key, known.Key) && tag.Key != known.Key) return false;
            if (!ReferenceEquals(tag.Value, known.Value) && !Equals(tag.Value, known.Value)) return false;
        }
        return true;
    }

    // OpenMetrics `_created` in seconds; a cumulative stream's start never changes, so it is formatted once.
    public byte[] CreatedValue(DateTimeOffset startTime)
    {
        if (startTime.UtcTicks != _createdAtTicks)
        {
            var writer = new ArrayBufferWriter<byte>(32);
            ExpositionWriter.WriteDouble(writer, startTime.ToUnixTimeMilliseconds() / 1000.0);
            _createdValue = writer.WrittenSpan.ToArray();
            _createdAtTicks = startTime.UtcTicks;
        }
        return _createdValue;
    }

    // `name{labels} ` or `name{labels,le="…"} `.
    private static byte[] Prefix(byte[] name, byte[] labels, byte[] extraLabel)
    {
        var writer = new ArrayBufferWriter<byte>(name.Length + labels.Length + extraLabel.Length + 4);
        ExpositionWriter.WriteBytes(writer, name);
        ExpositionWriter.WriteByte(writer, (byte)'{');
        ExpositionWriter.WriteBytes(writer, labels);
        if (extraLabel.Length > 0)
        {
            if (labels.Length > 0) ExpositionWriter.WriteByte(writer, (byte)',');
            ExpositionWriter.WriteBytes(writer, extraLabel);
        }
        ExpositionWriter.WriteBytes(writer, "} "u8);
        return writer.WrittenSpan.ToArray();
    }
}
