using YamlDotNet.RepresentationModel;

namespace Hosting.Integrations.Prometheus;

// The repository's prometheus/prometheus.base.yml: the globals and rule_files the generated
// prometheus.yml keeps (the rules engineer owns the file; scrape jobs come from the app model).
// Rule files stay relative to the prometheus/ folder; where that folder is depends on the mode.
public sealed record PrometheusBaseConfig
{
    public const string FileName = "prometheus.base.yml";

    public TimeSpan? ScrapeInterval { get; init; }
    public TimeSpan? ScrapeTimeout { get; init; }
    public TimeSpan? EvaluationInterval { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> ExternalLabels { get; init; } = [];
    // Null when the file names none: then every rule file under prometheus/ is loaded.
    public IReadOnlyList<string>? RuleFiles { get; init; }

    public static PrometheusBaseConfig Empty { get; } = new();

    public static PrometheusBaseConfig Load(string? prometheusDirectory)
    {
        if (prometheusDirectory is null) return Empty;
        var path = Path.Combine(prometheusDirectory, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : Empty;
    }

    public static PrometheusBaseConfig Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return Empty;
        var global = Child(root, "global") as YamlMappingNode;
        return new PrometheusBaseConfig
        {
            ScrapeInterval = Duration(global, "scrape_interval"),
            ScrapeTimeout = Duration(global, "scrape_timeout"),
            EvaluationInterval = Duration(global, "evaluation_interval"),
            ExternalLabels = Child(global, "external_labels") is YamlMappingNode labels
                ? [.. labels.Children.Select(l => KeyValuePair.Create(Scalar(l.Key), Scalar(l.Value)))]
                : [],
            RuleFiles = Child(root, "rule_files") is YamlSequenceNode files ? [.. files.Children.Select(Scalar)] : null,
        };
    }

    private static YamlNode? Child(YamlMappingNode? map, string key) =>
        map is not null && map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static TimeSpan? Duration(YamlMappingNode? map, string key) =>
        Child(map, key) is YamlScalarNode { Value: { Length: > 0 } value } ? PrometheusDuration.Parse(value) : null;

    private static string Scalar(YamlNode node) =>
        node is YamlScalarNode { Value: { } value } ? value : throw new FormatException($"Expected a plain value at {node.Start}.");
}
