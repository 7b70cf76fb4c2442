using YamlDotNet.RepresentationModel;

namespace Hosting.Integrations.Grafana;

// What the repository's grafana/ folder provides: the Prometheus datasource's fixed uid and name
// (dashboards refer to that uid), the dashboard provider and the dashboards it loads.
public sealed record GrafanaProvisioning(string DatasourceUid, string DatasourceName)
{
    public const string DefaultDatasourceUid = "prometheus";
    public const string DefaultDatasourceName = "Prometheus";
    public const string DefaultDashboardsPath = "/var/lib/grafana/dashboards";

    // grafana/dashboards, when it exists.
    public string? DashboardsDirectory { get; init; }
    // grafana/provisioning/dashboards, when a provider there names an absolute path to load from.
    public string? DashboardProvidersDirectory { get; init; }
    // Where the provider looks for dashboards inside the container.
    public string DashboardsPath { get; init; } = DefaultDashboardsPath;

    public static GrafanaProvisioning Read(string? grafanaDirectory)
    {
        var none = new GrafanaProvisioning(DefaultDatasourceUid, DefaultDatasourceName);
        if (grafanaDirectory is null || !Directory.Exists(grafanaDirectory)) return none;
        var datasource = YamlFiles(Path.Combine(grafanaDirectory, "provisioning", "datasources"))
            .SelectMany(f => Items(f, "datasources"))
            .FirstOrDefault(d => Scalar(d, "type") is null or "prometheus");
        var providersDirectory = Path.Combine(grafanaDirectory, "provisioning", "dashboards");
        var providerPath = YamlFiles(providersDirectory)
            .SelectMany(f => Items(f, "providers"))
            .Select(p => p.Children.TryGetValue(new YamlScalarNode("options"), out var o) ? Scalar(o as YamlMappingNode, "path") : null)
            .FirstOrDefault(p => p is not null && p.StartsWith('/'));
        var dashboards = Path.Combine(grafanaDirectory, "dashboards");
        return none with
        {
            DatasourceUid = Scalar(datasource, "uid") ?? DefaultDatasourceUid,
            DatasourceName = Scalar(datasource, "name") ?? DefaultDatasourceName,
            DashboardsDirectory = Directory.Exists(dashboards) ? dashboards : null,
            DashboardProvidersDirectory = providerPath is null ? null : providersDirectory,
            DashboardsPath = providerPath ?? DefaultDashboardsPath,
        };
    }

    private static IEnumerable<string> YamlFiles(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory).Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            : [];

    private static IEnumerable<YamlMappingNode> Items(string file, string key)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(file)));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return [];
        return root.Children.TryGetValue(new YamlScalarNode(key), out var list) && list is YamlSequenceNode items
            ? items.Children.OfType<YamlMappingNode>()
            : [];
    }

    private static string? Scalar(YamlMappingNode? map, string key) =>
        map is not null && map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value }
            ? value
            : null;
}
