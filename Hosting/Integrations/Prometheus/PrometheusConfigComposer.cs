namespace Hosting.Integrations.Prometheus;

// Joins the repository's base settings with the app model's scrape jobs. An explicit scrape
// interval (WithScrapeInterval / configuration) wins over the base file and sets the rule
// evaluation interval too, so a fast test run also evaluates rules fast.
public static class PrometheusConfigComposer
{
    // prometheusDirectory: where Prometheus sees the repository's prometheus/ folder (host path for
    // the executable, the mount for the container); null when there is none.
    public static PrometheusConfig Compose(PrometheusBaseConfig baseConfig, IReadOnlyList<string> discoveredRuleFiles,
        string? prometheusDirectory, IReadOnlyList<PrometheusScrapeJob> jobs, TimeSpan? scrapeInterval)
    {
        var ruleFiles = prometheusDirectory is null ? [] : baseConfig.RuleFiles ?? discoveredRuleFiles;
        return new PrometheusConfig(jobs)
        {
            ScrapeInterval = scrapeInterval ?? baseConfig.ScrapeInterval ?? PrometheusConfig.DefaultScrapeInterval,
            ScrapeTimeout = baseConfig.ScrapeTimeout,
            EvaluationInterval = scrapeInterval is null ? baseConfig.EvaluationInterval : null,
            ExternalLabels = baseConfig.ExternalLabels,
            RuleFiles = prometheusDirectory is null
                ? []
                : [.. ruleFiles.Select(f => f.StartsWith('/') ? f : prometheusDirectory.TrimEnd('/') + "/" + f)],
        };
    }
}
