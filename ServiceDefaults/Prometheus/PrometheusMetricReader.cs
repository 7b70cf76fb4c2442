using OpenTelemetry.Metrics;

namespace ServiceDefaults.Prometheus;

// The pull reader the MeterProvider collects through; cumulative, as Prometheus expects.
public sealed class PrometheusMetricReader : BaseExportingMetricReader
{
    public PrometheusMetricReader() : base(new PrometheusExporter())
    {
        TemporalityPreference = MetricReaderTemporalityPreference.Cumulative;
    }
}
