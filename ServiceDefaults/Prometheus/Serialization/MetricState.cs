using System.Text;
using OpenTelemetry.Metrics;

namespace ServiceDefaults.Prometheus;

// Everything about one instrument stream that does not change between scrapes (names, headers, rendered
// label sets), plus the points of the current collection in a stable, sorted order.
internal sealed class MetricState
{
    private readonly KeyValuePair<string, string>[] _scopeLabels;
    private readonly SeriesOrder _seriesOrder;
    private Series?[] _series = [];
    private byte[][]? _leLabels;
    private MetricPoint[] _points = [];
    private int[] _order = [];
    private bool _orderStale = true;
    private int _probe;

    public MetricState(Metric metric)
    {
        Metric = metric;
        Kind = PrometheusKinds.Of(metric.MetricType);
        Naming = MetricNaming.Create(metric.Name, metric.Unit, Kind);
        var type = PrometheusKinds.TypeName(Kind);
        // promtool flags a family without HELP, so an instrument without a description is described by its OTel name.
        var help = string.IsNullOrEmpty(metric.Description) ? metric.Name : metric.Description;
        TextHeader = FamilyHeaders.Text(Naming.Name, type, help);
        OpenMetricsHeader = FamilyHeaders.OpenMetrics(Naming.FamilyName, type, Naming.Unit, help);
        SampleName = Ascii(Kind == PrometheusKind.Histogram ? Naming.Name + "_bucket" : Naming.Name);
        SumName = Ascii(Naming.Name + "_sum");
        CountName = Ascii(Naming.Name + "_count");
        CreatedName = Ascii(Naming.FamilyName + "_created");
        // A Meter without a version gets no otel_scope_version: to Prometheus an empty label is no label anyway.
        _scopeLabels = string.IsNullOrEmpty(metric.MeterVersion)
            ? [new("otel_scope_name", metric.MeterName)]
            : [new("otel_scope_name", metric.MeterName), new("otel_scope_version", metric.MeterVersion)];
        _seriesOrder = new SeriesOrder(this);
    }

    public Metric Metric { get; }
    public PrometheusKind Kind { get; }
    public MetricNaming Naming { get; }
    public byte[] TextHeader { get; }
    public byte[] OpenMetricsHeader { get; }
    public byte[] SampleName { get; }
    public byte[] SumName { get; }
    public byte[] CountName { get; }
    public byte[] CreatedName { get; }
    public int Count { get; private set; }
    public int Generation { get; set; }

    public ref readonly MetricPoint PointAt(int index) => ref _points[_order[index]];

    public Series SeriesAt(int index) => _series[_order[index]]!;

    // Copies this collection's points. For cumulative streams the SDK keeps every point for the life of the stream
    // and enumerates them in the same order on every collection, so while the count is unchanged the series
    // rendered last time still line up; checking every series' tags each scrape costs more than writing them
    // (one cache miss per tag), so only one rotating series is checked as a tripwire, and any surprise — a new
    // count or a tripped probe — revalidates everything.
    public void Capture()
    {
        if (!TryCapture(fullCheck: Count == 0)) TryCapture(fullCheck: true);
    }

    private bool TryCapture(bool fullCheck)
    {
        var count = 0;
        var probe = fullCheck ? -1 : _probe++ % Count;
        foreach (ref readonly var point in Metric.GetMetricPoints())
        {
            if (count == _points.Length) Grow();
            _points[count] = point;
            var series = _series[count];
            if (series is null || ((fullCheck || count == probe) && !series.Matches(point.Tags)))
            {
                if (!fullCheck) return false;
                _series[count] = Series.Create(in point, _scopeLabels);
                _orderStale = true;
            }
            count++;
        }
        if (count != Count)
        {
            if (!fullCheck) return false;
            _orderStale = true;
        }
        Count = count;
        if (_orderStale)
        {
            for (var i = 0; i < count; i++) _order[i] = i;
            Array.Sort(_order, 0, count, _seriesOrder);
            _orderStale = false;
        }
        return true;
    }

    private void Grow()
    {
        var size = Math.Max(8, _points.Length * 2);
        Array.Resize(ref _points, size);
        Array.Resize(ref _series, size);
        Array.Resize(ref _order, size);
    }

    // One `le="…"` per bucket bound, formatted exactly like sample values so both formats agree ("1", not "1.0").
    // Every point of a histogram stream has the same bounds.
    public byte[][] LeLabels(in MetricPoint point) => _leLabels ??= RenderLeLabels(in point);

    private static byte[][] RenderLeLabels(in MetricPoint point)
    {
        var labels = new List<byte[]>();
        foreach (var bucket in point.GetHistogramBuckets())
        {
            var writer = new System.Buffers.ArrayBufferWriter<byte>(24);
            ExpositionWriter.WriteBytes(writer, "le=\""u8);
            ExpositionWriter.WriteDouble(writer, bucket.ExplicitBound);
            ExpositionWriter.WriteByte(writer, (byte)'"');
            labels.Add(writer.WrittenSpan.ToArray());
        }
        return [.. labels];
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private sealed class SeriesOrder(MetricState state) : IComparer<int>
    {
        public int Compare(int x, int y) =>
            state._series[x]!.Labels.AsSpan().SequenceCompareTo(state._series[y]!.Labels);
    }
}
