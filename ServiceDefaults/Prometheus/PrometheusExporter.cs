using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace ServiceDefaults.Prometheus;

[ExportModes(ExportModes.Pull)]
public sealed class PrometheusExporter : BaseExporter<Metric>
{
    public override ExportResult Export(in Batch<Metric> batch) => ExportResult.Success;
}
