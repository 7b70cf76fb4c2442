using OpenTelemetry.Metrics;

namespace ServiceDefaults.Prometheus;

internal enum PrometheusKind
{
    Unsupported,
    Counter,
    Gauge,
    Histogram,
}

internal static class PrometheusKinds
{
    // Monotonic sums are counters; non-monotonic sums and gauges are gauges; exponential histograms are skipped
    // (they would need native histograms, which the text formats cannot carry).
    public static PrometheusKind Of(MetricType type) => type switch
    {
        MetricType.LongSum or MetricType.DoubleSum => PrometheusKind.Counter,
        MetricType.LongSumNonMonotonic or MetricType.DoubleSumNonMonotonic => PrometheusKind.Gauge,
        MetricType.LongGauge or MetricType.DoubleGauge => PrometheusKind.Gauge,
        MetricType.Histogram => PrometheusKind.Histogram,
        _ => PrometheusKind.Unsupported,
    };

    public static string TypeName(PrometheusKind kind) => kind switch
    {
        PrometheusKind.Counter => "counter",
        PrometheusKind.Gauge => "gauge",
        PrometheusKind.Histogram => "histogram",
        _ => "unknown",
    };
}
