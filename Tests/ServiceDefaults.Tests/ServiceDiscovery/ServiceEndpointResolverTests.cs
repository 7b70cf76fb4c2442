using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ServiceDefaults.Tests.ServiceDiscovery;

public sealed class ServiceEndpointResolverTests
{
    private static ServiceEndpointResolver Resolver(params (string Key, string Value)[] entries) =>
        new(new ConfigurationBuilder()
            .AddInMemoryCollection(entries.Select(e => KeyValuePair.Create(e.Key, (string?)e.Value)))
            .Build());

    [Theory]
    [InlineData("http://localhost:5000/x")]
    [InlineData("http://127.0.0.1:5000/x")]
    [InlineData("https://example.com/x")]
    [InlineData("http://[::1]:8080/")]
    public void RealHostsPassThroughUnchanged(string url)
    {
        var uri = new Uri(url);
        Assert.Same(uri, Resolver().Resolve(uri));
    }

    [Fact]
    public void EnvironmentStyleKeysResolveInIndexOrderKeepingPathAndQuery()
    {
        var resolver = Resolver(("services:predictor:http:1", "http://127.0.0.1:2"), ("services:predictor:http:0", "http://127.0.0.1:1"));

        var first = resolver.Resolve(new Uri("http://predictor/predict/AAPL?model=normal"));
        var second = resolver.Resolve(new Uri("http://predictor/predict/AAPL?model=normal"));

        Assert.Equal("http://127.0.0.1:1/predict/AAPL?model=normal", first.ToString());
        Assert.Equal("http://127.0.0.1:2/predict/AAPL?model=normal", second.ToString());
    }

    [Fact]
    public void SchemePreferenceTakesHttpsWhenBothAreConfigured()
    {
        var resolver = Resolver(("services:api:http:0", "http://127.0.0.1:1"), ("services:api:https:0", "https://127.0.0.1:2"));

        Assert.Equal("https://127.0.0.1:2/", resolver.Resolve(new Uri("https+http://api")).ToString());
    }

    [Fact]
    public void ServiceNameMatchesKeysCaseInsensitively()
    {
        var resolver = Resolver(("services:Predictor:http:0", "http://127.0.0.1:7"));

        Assert.Equal("http://127.0.0.1:7/", resolver.Resolve(new Uri("http://predictor/")).ToString());
    }

    [Fact]
    public void ReloadedConfigurationReplacesTheEndpoints()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create("services:predictor:http:0", (string?)"http://127.0.0.1:1")])
            .Build();
        var resolver = new ServiceEndpointResolver(configuration);
        Assert.Equal("http://127.0.0.1:1/", resolver.Resolve(new Uri("http://predictor")).ToString());

        configuration["services:predictor:http:0"] = "http://127.0.0.1:2";
        configuration.Reload();

        Assert.Equal("http://127.0.0.1:2/", resolver.Resolve(new Uri("http://predictor")).ToString());
    }

    [Fact]
    public void HttpsOnlyServiceIsAProblemForPlainHttpReference()
    {
        var resolver = Resolver(("services:api:https:0", "https://127.0.0.1:2"));

        var problem = resolver.Problem(new Uri("http://api"));

        Assert.NotNull(problem);
        Assert.Contains("services__api__http__0", problem);
    }
}
