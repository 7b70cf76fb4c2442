using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace ServiceDefaults.Prometheus;

// The pull reader the MeterProvider collects through; cumulative, as Prometheus expects. Scrapes go through
// Collector, which shares one collection between concurrent scrapes and caches it briefly.
public sealed class PrometheusMetricReader : BaseExportingMetricReader
{
    public PrometheusMetricReader(IOptions<PrometheusExporterOptions> options, ILoggerFactory loggerFactory)
        : this(options.Value, loggerFactory, TimeProvider.System)
    {
    }

    internal PrometheusMetricReader(PrometheusExporterOptions options, ILoggerFactory loggerFactory, TimeProvider time)
        : base(new PrometheusExporter(loggerFactory.CreateLogger<PrometheusExporter>()))
    {
        TemporalityPreference = MetricReaderTemporalityPreference.Cumulative;
        Collector = new ScrapeCollector(this, (PrometheusExporter)exporter,
            TimeSpan.FromMilliseconds(Math.Max(0, options.ResponseCacheMilliseconds)), time);
    }

    internal ScrapeCollector Collector { get; }
}
