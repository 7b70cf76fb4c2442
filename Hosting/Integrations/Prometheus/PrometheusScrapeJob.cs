namespace Hosting.Integrations.Prometheus;

// One job per project (job name = resource name), one target (host:port) per replica.
public sealed record PrometheusScrapeJob(string JobName, IReadOnlyList<string> Targets)
{
    public string MetricsPath { get; init; } = "/metrics";
    public string? BearerToken { get; init; }
}
