using k8s.Models;
using Kubernetes.Grafana;
using Kubernetes.Tests.Support;
using TestSupport;
using YamlDotNet.RepresentationModel;

namespace Kubernetes.Tests.Grafana;

public class GrafanaConfigMapsTests
{
    [Theory]
    [InlineData("api")]
    [InlineData("cache")]
    [InlineData("dotnet-runtime")]
    [InlineData("overview")]
    [InlineData("predictor")]
    public void DashboardConfigMapHoldsTheFileUnchangedLabelledForTheSidecar(string stem)
    {
        using var tree = PublishedTree.FromAppHost();
        var configMap = tree.Read<V1ConfigMap>($"grafana/dashboard-{stem}.yaml");
        Assert.Equal(File.ReadAllText(RepositoryRoot.Combine("grafana", "dashboards", $"{stem}.json")), configMap.Data[$"{stem}.json"]);
        Assert.Equal("1", configMap.Metadata.Labels[GrafanaConfigMaps.DashboardLabel]);
        Assert.Equal("Aspire Metrics", configMap.Metadata.Annotations[GrafanaConfigMaps.FolderAnnotation]);
    }

    [Fact]
    public void EveryDashboardFileIsPublished()
    {
        using var tree = PublishedTree.FromAppHost();
        var files = Directory.GetFiles(RepositoryRoot.Combine("grafana", "dashboards"), "*.json").Select(Path.GetFileNameWithoutExtension);
        var published = tree.Objects<V1ConfigMap>().Where(c => c.Metadata.Labels.ContainsKey(GrafanaConfigMaps.DashboardLabel));
        Assert.Equal(files.Select(f => $"grafana-dashboard-{f}").Order(), published.Select(c => c.Metadata.Name).Order());
    }

    [Fact]
    public void DatasourceKeepsUidPrometheusAndPointsAtTheClusterPrometheus()
    {
        using var tree = PublishedTree.FromAppHost();
        var configMap = tree.Read<V1ConfigMap>("grafana/datasource-prometheus.yaml");
        Assert.Equal("1", configMap.Metadata.Labels[GrafanaConfigMaps.DatasourceLabel]);
        var stream = new YamlStream();
        using (var reader = new StringReader(configMap.Data.Single().Value)) stream.Load(reader);
        var datasource = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["datasources"]).Children.Single();
        Assert.Equal("prometheus", datasource["uid"].ToString());
        Assert.Equal("prometheus", datasource["type"].ToString());
        Assert.Equal(tree.Options.ClusterProvided["prometheus"], datasource["url"].ToString());
        Assert.Equal("5s", ((YamlMappingNode)datasource["jsonData"])["timeInterval"].ToString());
    }
}
