using System.Buffers;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace ServiceDefaults.Prometheus;

// Turns one SDK collection into an exposition: families sorted by name and contiguous, one metadata block per
// family, series sorted by labels, target_info in its sorted place. Not thread-safe: the collector serialises
// collections. After warm-up it allocates nothing; per-instrument state is built once and reused.
internal sealed partial class MetricsSerializer(ILogger logger)
{
    private readonly Dictionary<Metric, MetricState> _states = new(ReferenceEqualityComparer.Instance);
    private readonly List<MetricState> _sorted = [];
    private readonly HashSet<Metric> _reportedConflicts = new(ReferenceEqualityComparer.Instance);
    private int _generation;
    private TargetInfo? _targetInfo;
    private Resource? _targetInfoResource;

    public void Write(in Batch<Metric> batch, Resource resource, ExpositionFormat format, IBufferWriter<byte> writer)
    {
        _generation++;
        _sorted.Clear();
        foreach (var metric in batch)
        {
            if (!_states.TryGetValue(metric, out var state)) _states[metric] = state = new MetricState(metric);
            state.Generation = _generation;
            if (state.Kind != PrometheusKind.Unsupported) _sorted.Add(state);
        }
        ForgetMetricsNoLongerCollected();
        _sorted.Sort(FamilyOrder.Comparison);
        WriteFamilies(format, writer, TargetInfoFor(resource));
    }

    // The end of every document (and all of one when the SDK exported nothing): `# EOF` in OpenMetrics.
    public static void WriteEnd(ExpositionFormat format, IBufferWriter<byte> writer)
    {
        if (format == ExpositionFormat.OpenMetrics) ExpositionWriter.WriteBytes(writer, "# EOF\n"u8);
    }

    private void WriteFamilies(ExpositionFormat format, IBufferWriter<byte> writer, TargetInfo? targetInfo)
    {
        var targetInfoPending = targetInfo is not null;
        MetricState? head = null;
        var headerWritten = false;
        foreach (var state in _sorted)
        {
            if (head is null || state.Naming.Key != head.Naming.Key)
            {
                if (targetInfoPending && string.CompareOrdinal(state.Naming.Key, TargetInfo.FamilyKey) >= 0)
                {
                    ExpositionWriter.WriteBytes(writer, targetInfo!.For(format));
                    targetInfoPending = false;
                }
                head = state;
                headerWritten = false;
            }
            else if (state.Kind != head.Kind || state.Naming.Name != head.Naming.Name)
            {
                ReportConflict(state, head);
                continue;
            }
            if (IsTargetInfo(state) && targetInfo is not null)
            {
                ReportConflict(state, null);
                continue;
            }

            state.Capture();
            if (state.Count == 0) continue;
            if (!headerWritten)
            {
                ExpositionWriter.WriteBytes(writer, format == ExpositionFormat.OpenMetrics ? head.OpenMetricsHeader : head.TextHeader);
                headerWritten = true;
            }
            SampleWriter.WriteSeries(writer, state, format);
        }
        if (targetInfoPending) ExpositionWriter.WriteBytes(writer, targetInfo!.For(format));
        WriteEnd(format, writer);
    }

    private static bool IsTargetInfo(MetricState state) =>
        state.Naming.Key is "target_info" or "target" || state.Naming.FamilyName is "target";

    private TargetInfo? TargetInfoFor(Resource resource)
    {
        if (!ReferenceEquals(resource, _targetInfoResource))
        {
            _targetInfo = TargetInfo.From(resource);
            _targetInfoResource = resource;
        }
        return _targetInfo;
    }

    private void ForgetMetricsNoLongerCollected()
    {
        if (_states.Count == _sorted.Count) return;
        foreach (var (metric, state) in _states)
        {
            if (state.Generation != _generation) _states.Remove(metric);
        }
    }

    // The same Prometheus name from instruments of different kinds cannot be one family: the first instrument
    // (by meter, then instrument name) keeps the name, the others are left out of every scrape, logged once.
    private void ReportConflict(MetricState dropped, MetricState? kept)
    {
        if (!_reportedConflicts.Add(dropped.Metric)) return;
        LogConflict(logger, dropped.Metric.MeterName, dropped.Metric.Name, dropped.Naming.Name,
            kept is null ? "target_info" : $"{kept.Metric.MeterName}/{kept.Metric.Name}");
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Prometheus exporter drops instrument {Meter}/{Instrument}: its name {PrometheusName} is already used by {Other} with another type")]
    private static partial void LogConflict(ILogger logger, string meter, string instrument, string prometheusName, string other);

    private sealed class FamilyOrder : IComparer<MetricState>
    {
        // List.Sort(IComparer) wraps the comparer in a new delegate per call; a cached Comparison does not allocate.
        public static readonly Comparison<MetricState> Comparison = new FamilyOrder().Compare;

        public int Compare(MetricState? x, MetricState? y)
        {
            var a = x!.Metric;
            var b = y!.Metric;
            var c = string.CompareOrdinal(x.Naming.Key, y.Naming.Key);
            if (c == 0) c = string.CompareOrdinal(a.MeterName, b.MeterName);
            if (c == 0) c = string.CompareOrdinal(a.MeterVersion, b.MeterVersion);
            if (c == 0) c = string.CompareOrdinal(a.Name, b.Name);
            if (c == 0) c = string.CompareOrdinal(a.Unit, b.Unit);
            if (c == 0) c = x.Kind.CompareTo(y.Kind);
            return c;
        }
    }
}
