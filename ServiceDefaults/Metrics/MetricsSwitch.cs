using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.Hosting;

// Metrics can be switched off entirely, for an overhead baseline or a service that wants traces and logs only:
// then no MeterProvider exists (nothing listens to any Meter, so instruments skip their work), /metrics is not
// mapped (404 problem+json) and OTLP carries traces and logs only. Two ways to say it:
// - Metrics:Enabled=false (env Metrics__Enabled=false), the key beside Metrics:Prometheus;
// - OTEL_METRICS_EXPORTER=none, the OpenTelemetry specification's "no metrics exporter", as other SDKs read it.
public static class MetricsSwitch
{
    public const string EnabledKey = "Metrics:Enabled";
    public const string OtelMetricsExporterKey = "OTEL_METRICS_EXPORTER";

    public static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetValue(EnabledKey, defaultValue: true)
        && !string.Equals(configuration[OtelMetricsExporterKey]?.Trim(), "none", StringComparison.OrdinalIgnoreCase);
}
