using Hosting.ApplicationModel;

namespace Hosting.Integrations.Prometheus;

// WithScrapeTargets(api, predictor): one scrape job per target resource, named after it.
public sealed class PrometheusScrapeTargetAnnotation(IResourceWithEndpoints target) : IResourceAnnotation
{
    public IResourceWithEndpoints Target { get; } = target;
}
