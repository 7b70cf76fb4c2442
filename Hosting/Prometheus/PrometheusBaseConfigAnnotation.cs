namespace Aspire.Hosting.ApplicationModel;

// WithBaseConfig: the repository's prometheus.base.yml (globals, rule_files relative to it).
public sealed record PrometheusBaseConfigAnnotation(string Path) : IResourceAnnotation
{
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;
}

// WithScrapeInterval, or configuration Prometheus:ScrapeInterval: overrides the base file's intervals.
public sealed record PrometheusScrapeIntervalAnnotation(TimeSpan Interval) : IResourceAnnotation;

// WithRuleTimeScale, or configuration Prometheus:RuleTimeScale: every `for:` and range selector of the rule files
// multiplied by Scale (a test profile; 1 keeps the files as they are).
public sealed record PrometheusRuleTimeScaleAnnotation(double Scale) : IResourceAnnotation;
