using TestSupport;
using YamlDotNet.RepresentationModel;

namespace Rules.Tests.Grafana;

// The provisioning files Grafana (and the AppHost, which reads them) load: one Prometheus
// datasource under the fixed uid the dashboards use, and a file provider for the dashboards.
public sealed class ProvisioningTests
{
    private static YamlMappingNode Load(params string[] path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(RepositoryRoot.Combine(["grafana", "provisioning", .. path]))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string? Scalar(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    [Fact]
    public void TheDatasourceIsPrometheusUnderTheFixedUidWithItsUrlFromTheEnvironment()
    {
        var datasources = (YamlSequenceNode)Load("datasources", "prometheus.yml").Children[new YamlScalarNode("datasources")];
        var datasource = Assert.Single(datasources.Children);
        Assert.Equal("prometheus", Scalar(datasource, "type"));
        Assert.Equal(Dashboards.DatasourceUid, Scalar(datasource, "uid"));
        Assert.Equal("${PROMETHEUS_URL}", Scalar(datasource, "url"));
        Assert.Equal("true", Scalar(datasource, "isDefault"));
    }

    [Fact]
    public void TheDashboardProviderLoadsFilesFromAnAbsolutePath()
    {
        var providers = (YamlSequenceNode)Load("dashboards", "dashboards.yml").Children[new YamlScalarNode("providers")];
        var provider = Assert.Single(providers.Children);
        Assert.Equal("file", Scalar(provider, "type"));
        var options = ((YamlMappingNode)provider).Children[new YamlScalarNode("options")];
        Assert.StartsWith("/", Scalar(options, "path"));
    }
}
