namespace Aspire.Hosting.ApplicationModel;

// WithScrapeTargets(api, predictor): one scrape job per target resource, named after it, with one
// target per running replica. HonorLabels (WithPushgateway) keeps the job/instance labels the target
// exposes, as a Pushgateway's pushed series carry them.
public sealed record PrometheusScrapeTargetAnnotation(IResource Target) : IResourceAnnotation
{
    public bool HonorLabels { get; init; }
}
