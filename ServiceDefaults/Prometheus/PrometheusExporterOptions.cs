namespace ServiceDefaults.Prometheus;

// Bound from configuration section "Metrics:Prometheus".
public sealed class PrometheusExporterOptions
{
    public const string SectionName = "Metrics:Prometheus";

    // Path of the scraping endpoint, on the app's port or on the management port.
    public string Path { get; set; } = "/metrics";

    // When set, /metrics is served only on this separate port (not on the app's own port).
    public int? ManagementPort { get; set; }

    // When set, scrapes must send `Authorization: Bearer {token}`.
    public string? BearerToken { get; set; }

    // How long a serialised scrape is reused; 0 disables the cache (every scrape collects).
    public int ResponseCacheMilliseconds { get; set; }
}
