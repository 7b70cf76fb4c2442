using System.Buffers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace ServiceDefaults.Prometheus;

// Used in pull style: a scrape collects, and the batch is serialised straight into that scrape's buffer (a batch is
// valid only during Export). It carries no [ExportModes(Pull)]: the SDK allows pull-only collection only inside its
// internal PullMetricScope, which only the SDK's own Prometheus packages can enter. Collections nobody scrapes
// (ForceFlush, shutdown) find no target and are ignored.
public sealed partial class PrometheusExporter : BaseExporter<Metric>
{
    private readonly MetricsSerializer _serializer;
    private readonly ILogger _logger;
    private IBufferWriter<byte>? _target;
    private ExpositionFormat _format;
    private bool _exported;

    public PrometheusExporter(ILogger? logger = null)
    {
        _logger = logger ?? NullLogger.Instance;
        _serializer = new MetricsSerializer(_logger);
    }

    public override ExportResult Export(in Batch<Metric> batch)
    {
        if (_target is null) return ExportResult.Success; // a collection nobody scrapes (e.g. at shutdown)
        try
        {
            var resource = ParentProvider?.GetResource() ?? Resource.Empty;
            _serializer.Write(batch, resource, _format, _target);
            _exported = true;
            return ExportResult.Success;
        }
        catch (Exception e)
        {
            // The SDK would swallow this and report only "collect failed"; say why.
            LogSerializationFailed(_logger, e);
            throw;
        }
    }

    // Callers serialise calls (one collection at a time); see ScrapeCollector.
    internal bool CollectInto(MetricReader reader, ExpositionFormat format, IBufferWriter<byte> target)
    {
        if (ParentProvider is null) return false; // the reader is not part of a MeterProvider (yet)
        _target = target;
        _format = format;
        _exported = false;
        try
        {
            var collected = reader.Collect();
            if (collected && !_exported) MetricsSerializer.WriteEnd(format, target);
            return collected;
        }
        finally
        {
            _target = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Prometheus exporter failed to serialise a collection")]
    private static partial void LogSerializationFailed(ILogger logger, Exception exception);
}
