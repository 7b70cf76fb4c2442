namespace ServiceDefaults.Prometheus;

// Bound from configuration section "Metrics:Prometheus" (env: Metrics__Prometheus__Path, ...).
public sealed class PrometheusExporterOptions
{
    public const string SectionName = "Metrics:Prometheus";

    // Path of the scraping endpoint, on the app's port or on the management port.
    public string Path { get; set; } = "/metrics";

    // When set, metrics are served only on this separate port (not on the app's own port).
    public int? ManagementPort { get; set; }

    // Address the management port binds: loopback unless told otherwise ("*" for every interface).
    public string ManagementHost { get; set; } = "127.0.0.1";

    // When set, scrapes must send `Authorization: Bearer {token}` (401 problem+json otherwise).
    public string? BearerToken { get; set; }

    // How long one collection answers later scrapes of the same format; 0 disables the cache. Concurrent scrapes
    // share one collection either way.
    public int ResponseCacheMilliseconds { get; set; }
}
