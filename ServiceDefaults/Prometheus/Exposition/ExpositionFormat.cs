namespace ServiceDefaults.Prometheus;

public enum ExpositionFormat
{
    // text/plain; version=0.0.4 — the default when the client states no preference.
    PrometheusText = 0,

    // application/openmetrics-text; version=1.0.0
    OpenMetrics = 1,
}

internal static class ExpositionFormats
{
    public const string PrometheusTextContentType = "text/plain; version=0.0.4; charset=utf-8";
    public const string OpenMetricsContentType = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    public static string ContentType(ExpositionFormat format) =>
        format == ExpositionFormat.OpenMetrics ? OpenMetricsContentType : PrometheusTextContentType;
}
