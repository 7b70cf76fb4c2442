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
        _scopeLabels = [new("otel_scope_name", metric.MeterName), new("otel_scope_version", metric.MeterVersion ?? "")];
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

    // Copies this collection's points. The SDK enumerates a cumulative stream's points in the same order on
    // every collection, so labels rendered last time are reused when the tags still match.
    public void Capture()
    {
        var count = 0;
        foreach (ref readonly var point in Metric.GetMetricPoints())
        {
            if (count == _points.Length) Grow();
            _points[count] = point;
            var series = _series[count];
            if (series is null || !series.Matches(point.Tags))
            {
                _series[count] = Series.Create(this, in point, _scopeLabels);
                _orderStale = true;
            }
            count++;
        }
        if (count != Count) _orderStale = true;
        Count = count;
        if (_orderStale)
        {
            for (var i = 0; i < count; i++) _order[i] = i;
            Array.Sort(_order, 0, count, _seriesOrder);
            _orderStale = false;
        }
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
