namespace Aspire.Hosting.ApplicationModel;

// WithScrapeTargets(api, predictor): one scrape job per target resource, named after it, with one
// target per running replica.
public sealed record PrometheusScrapeTargetAnnotation(IResource Target) : IResourceAnnotation;
