using Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Hosting.Integrations.Prometheus;

// Scrape jobs from the model: job = resource name, one target per replica on its "metrics" endpoint
// (a separate management port) or else its "http" endpoint. Path and bearer token follow the
// services' own contract, configuration section Metrics:Prometheus.
public static class PrometheusScrapeJobs
{
    public const string MetricsEndpointName = "metrics";
    public const string PathSetting = "Metrics:Prometheus:Path";
    public const string BearerTokenSetting = "Metrics:Prometheus:BearerToken";

    // targetHost replaces the endpoints' host (host.docker.internal when Prometheus runs in a container).
    public static IReadOnlyList<PrometheusScrapeJob> From(IEnumerable<IResourceWithEndpoints> targets, IConfiguration configuration,
        string? targetHost = null)
    {
        var path = configuration[PathSetting] is { Length: > 0 } p ? p : "/metrics";
        var token = configuration[BearerTokenSetting] is { Length: > 0 } t ? t : null;
        return [.. targets.Select(target => new PrometheusScrapeJob(target.Name,
            [.. ScrapedEndpoint(target).Allocated.Select(a => $"{targetHost ?? a.Host}:{a.Port}")])
        {
            MetricsPath = path,
            BearerToken = token,
        })];
    }

    private static EndpointAnnotation ScrapedEndpoint(IResourceWithEndpoints target)
    {
        var endpoints = target.Annotations.OfType<EndpointAnnotation>().ToList();
        return endpoints.FirstOrDefault(e => e.Name == MetricsEndpointName)
            ?? endpoints.FirstOrDefault(e => e.Name == "http")
            ?? endpoints.FirstOrDefault()
            ?? throw new InvalidOperationException($"'{target.Name}' has no endpoint for Prometheus to scrape.");
    }
}
