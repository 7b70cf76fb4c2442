namespace Microsoft.Extensions.Hosting;

// Bound from configuration section "Metrics:Prometheus" (env: Metrics__Prometheus__Port, ...).
public sealed class PrometheusEndpointOptions
{
    public const string SectionName = "Metrics:Prometheus";
    public const string DefaultPath = "/metrics";

    // Path of the scraping endpoint.
    public string Path { get; set; } = DefaultPath;

    // When set, /metrics is served only on this extra port (added to the app's listen addresses) and not on
    // the app's own port, so it can be firewalled apart from the API.
    public int? Port { get; set; }

    // Address the extra port binds: loopback unless told otherwise ("*" or "0.0.0.0" for every interface).
    public string Host { get; set; } = "127.0.0.1";

    // When set, scrapes must send `Authorization: Bearer {token}` (401 problem+json otherwise); Prometheus
    // sends it with `authorization: { credentials: ... }` in the scrape config.
    public string? BearerToken { get; set; }

    // How long the exporter answers later scrapes with the same collection. The package's default is 300 ms;
    // 0 makes every scrape current, which tests reading exact values after traffic rely on.
    public int ResponseCacheMilliseconds { get; set; }
}
