using Kubernetes.Manifest;
using Kubernetes.Tests.Support;
using TestSupport;

namespace Kubernetes.Tests.Manifest;

public class ExpressionResolverTests
{
    private static readonly AspireManifest Fixture = AspireManifest.Load(RepositoryRoot.Combine(PublishedTree.FixtureManifest));

    private static ExpressionResolver Resolver(string password = "p@ss/word")
    {
        var options = PublishedTree.TestOptions("unused");
        options.Parameters["cache-password"] = password;
        return new ExpressionResolver(Fixture, new ClusterAddresses(Fixture, options), new ParameterValues(options));
    }

    [Theory]
    [InlineData("{api.bindings.http.url}", "http://api:8000")]
    [InlineData("{predictor.bindings.http.url}", "http://predictor:8080")]
    [InlineData("{api.bindings.http.targetPort}", "8080")]
    [InlineData("{cache.bindings.tcp.host}:{cache.bindings.tcp.port}", "cache:6379")]
    [InlineData("{cache.bindings.tcp.scheme}", "redis")]
    [InlineData("{prometheus.bindings.http.url}", "http://prometheus-operated.monitoring.svc:9090")]
    [InlineData("plain text", "plain text")]
    public void BindingsResolveToServiceDnsNamesAndPorts(string expression, string expected)
    {
        var value = Resolver().Resolve(expression);
        Assert.Equal(expected, value.Text);
        Assert.False(value.Secret);
    }

    [Fact]
    public void ConnectionStringCarriesThePasswordAndIsSecret()
    {
        var value = Resolver().Resolve("{cache.connectionString}");
        Assert.Equal("cache:6379,password=p@ss/word", value.Text);
        Assert.True(value.Secret);
    }

    [Fact]
    public void UriFilteredParameterIsEscaped()
    {
        var value = Resolver().Resolve("{cache-password-uri-encoded.value}");
        Assert.Equal("p%40ss%2Fword", value.Text);
        Assert.True(value.Secret);
    }

    [Theory]
    [InlineData("{api.bindings.http.nonsense}")]
    [InlineData("{api.bindings.grpc.url}")]
    [InlineData("{nowhere.bindings.http.url}")]
    [InlineData("{api.somethingElse}")]
    public void UnsupportedExpressionIsRefusedByName(string expression)
    {
        var error = Assert.Throws<PublishException>(() => Resolver().Resolve(expression));
        Assert.Contains(expression.Trim('{', '}').Split('.')[0], error.Message);
    }

    [Fact]
    public void ProjectBindingsWithoutTargetPortsGetDistinctContainerPorts()
    {
        var manifest = Manifests.Parse("""
            { "resources": { "web": { "type": "project.v0", "path": "Web.csproj",
              "bindings": { "http": { "scheme": "http", "protocol": "tcp", "transport": "http" },
                            "https": { "scheme": "https", "protocol": "tcp", "transport": "http" } } } } }
            """);
        var options = PublishedTree.TestOptions("unused");
        var resolver = new ExpressionResolver(manifest, new ClusterAddresses(manifest, options), new ParameterValues(options));
        Assert.Equal("8080 8081", resolver.Resolve("{web.bindings.http.targetPort} {web.bindings.https.targetPort}").Text);
        Assert.Equal("https://web:8081", resolver.Resolve("{web.bindings.https.url}").Text);
    }
}
