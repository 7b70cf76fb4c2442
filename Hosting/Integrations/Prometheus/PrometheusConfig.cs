namespace Hosting.Integrations.Prometheus;

// Everything prometheus.yml says: globals (from prometheus/prometheus.base.yml when present),
// rule files, and one scrape job per scraped resource.
public sealed record PrometheusConfig(IReadOnlyList<PrometheusScrapeJob> Jobs)
{
    public static readonly TimeSpan DefaultScrapeInterval = TimeSpan.FromSeconds(5);

    public TimeSpan ScrapeInterval { get; init; } = DefaultScrapeInterval;
    // Null: Prometheus' default (10s, capped at the interval).
    public TimeSpan? ScrapeTimeout { get; init; }
    // Null: the scrape interval, so rules see every scrape.
    public TimeSpan? EvaluationInterval { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> ExternalLabels { get; init; } = [];
    public IReadOnlyList<string> RuleFiles { get; init; } = [];
}
