using System.Buffers;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace ServiceDefaults.Prometheus;

// One series of one instrument, kept between scrapes: the tags it came from and its labels rendered once.
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

    // `a="x",otel_scope_name="m",otel_scope_version="1"` (no braces, so a histogram can append `le`); also the
    // key series are sorted by.
    public byte[] Labels { get; }

    public static Series Create(in MetricPoint point, IReadOnlyList<KeyValuePair<string, string>> scopeLabels)
    {
        var tags = new KeyValuePair<string, object?>[point.Tags.Count];
        var i = 0;
        foreach (var tag in point.Tags) tags[i++] = tag;
        var labels = LabelSet.From(tags);
        // An attribute that sanitises to a scope label's name would duplicate the label: the scope wins.
        labels.RemoveAll(l => scopeLabels.Any(s => s.Key == l.Key));
        labels.AddRange(scopeLabels);
        return new Series(tags, LabelSet.Render(labels));
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
}
