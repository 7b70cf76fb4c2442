using YamlDotNet.Serialization;

namespace Kubernetes.Monitoring;

// Scrape interval and timeout from prometheus/prometheus.base.yml, the file the local run's Prometheus uses,
// so the cluster scrapes as often as the dashboards' $__rate_interval expects.
public sealed record ScrapeSettings(string Interval, string Timeout)
{
    public const string BaseConfig = "prometheus/prometheus.base.yml";

    public static ScrapeSettings Load(string repositoryRoot)
    {
        var path = Path.Combine(repositoryRoot, BaseConfig);
        if (!File.Exists(path)) throw new PublishException($"{BaseConfig} not found under {Path.GetFullPath(repositoryRoot)}.");
        var config = new DeserializerBuilder().IgnoreUnmatchedProperties().Build()
            .Deserialize<BaseConfigFile>(File.ReadAllText(path));
        var global = config.Global ?? throw new PublishException($"{BaseConfig} has no global section.");
        return new ScrapeSettings(
            global.ScrapeInterval ?? throw new PublishException($"{BaseConfig} sets no global.scrape_interval."),
            global.ScrapeTimeout ?? global.ScrapeInterval);
    }

    private sealed class BaseConfigFile
    {
        [YamlMember(Alias = "global")] public GlobalSection? Global { get; set; }
    }

    private sealed class GlobalSection
    {
        [YamlMember(Alias = "scrape_interval")] public string? ScrapeInterval { get; set; }
        [YamlMember(Alias = "scrape_timeout")] public string? ScrapeTimeout { get; set; }
    }
}
