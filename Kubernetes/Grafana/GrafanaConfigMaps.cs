using k8s.Models;
using Kubernetes.Workloads;
using YamlDotNet.RepresentationModel;

namespace Kubernetes.Grafana;

// The files under grafana/ as ConfigMaps for the Grafana sidecar (kiwigrid k8s-sidecar, as in kube-prometheus-stack):
// each dashboard labelled grafana_dashboard: "1" with its folder as the grafana_folder annotation, and the
// datasource labelled grafana_datasource: "1", its URL pointed at the cluster's Prometheus, its uid kept.
public sealed class GrafanaConfigMaps(PublishOptions options)
{
    public const string DashboardLabel = "grafana_dashboard";
    public const string DatasourceLabel = "grafana_datasource";
    public const string FolderAnnotation = "grafana_folder";
    public const string DashboardsDirectory = "grafana/dashboards";
    public const string DatasourcesDirectory = "grafana/provisioning/datasources";
    public const string ProvidersDirectory = "grafana/provisioning/dashboards";
    public const string PrometheusResource = "prometheus";

    public IEnumerable<(string File, V1ConfigMap ConfigMap)> Dashboards()
    {
        var folder = DashboardFolder();
        foreach (var file in Files(DashboardsDirectory, "*.json"))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var configMap = ConfigMap($"grafana-dashboard-{stem}", DashboardLabel, $"{stem}.json", File.ReadAllText(file));
            if (folder is not null) configMap.Metadata.Annotations = new Dictionary<string, string> { [FolderAnnotation] = folder };
            yield return (stem, configMap);
        }
    }

    public IEnumerable<(string File, V1ConfigMap ConfigMap)> Datasources()
    {
        var url = options.ClusterProvided.GetValueOrDefault(PrometheusResource)
            ?? throw new PublishException($"ClusterProvided:{PrometheusResource} (the cluster's Prometheus URL) is not set.");
        foreach (var file in Files(DatasourcesDirectory, "*.yml"))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            yield return (stem, ConfigMap($"grafana-datasource-{stem}", DatasourceLabel, $"{stem}.yaml", WithPrometheusUrl(file, url)));
        }
    }

    private V1ConfigMap ConfigMap(string name, string sidecarLabel, string key, string content)
    {
        var labels = Labels.For(name, options.Application);
        labels[sidecarLabel] = "1";
        return new V1ConfigMap
        {
            ApiVersion = "v1",
            Kind = "ConfigMap",
            Metadata = new V1ObjectMeta { Name = name, Labels = labels },
            Data = new Dictionary<string, string> { [key] = content },
        };
    }

    // Every prometheus-type datasource gets the cluster's URL; everything else in the file is kept as it is.
    private static string WithPrometheusUrl(string file, string url)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(file))) stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var datasource in ((YamlSequenceNode)root["datasources"]).Children.OfType<YamlMappingNode>())
            if (datasource.Children.TryGetValue("type", out var type) && type.ToString() == "prometheus")
                datasource.Children[new YamlScalarNode("url")] = new YamlScalarNode(url);
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString().Replace("\n...\n", "\n", StringComparison.Ordinal);
    }

    private string? DashboardFolder()
    {
        foreach (var file in Files(ProvidersDirectory, "*.yml"))
        {
            var stream = new YamlStream();
            using (var reader = new StringReader(File.ReadAllText(file))) stream.Load(reader);
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            foreach (var provider in ((YamlSequenceNode)root["providers"]).Children.OfType<YamlMappingNode>())
                if (provider.Children.TryGetValue("folder", out var folder)) return folder.ToString();
        }
        return null;
    }

    private IEnumerable<string> Files(string directory, string pattern)
    {
        var path = Path.Combine(options.RepositoryRoot, directory);
        if (!Directory.Exists(path)) throw new PublishException($"{directory} not found under {Path.GetFullPath(options.RepositoryRoot)}.");
        return Directory.GetFiles(path, pattern).Order(StringComparer.Ordinal);
    }
}
