using Kubernetes.Manifest;
using Kubernetes.Tests.Support;
using TestSupport;

namespace Kubernetes.Tests.Manifest;

public class AspireManifestTests
{
    [Fact]
    public void FixtureHasEveryResourceOfTheApp()
    {
        var manifest = AspireManifest.Load(RepositoryRoot.Combine(PublishedTree.FixtureManifest));
        Assert.Equal("project.v0", manifest["api"].Type);
        Assert.Equal("project.v0", manifest["predictor"].Type);
        Assert.Equal("container.v0", manifest["cache"].Type);
        Assert.Equal(8000, manifest["api"].Bindings["http"].Port);
        Assert.Equal(6379, manifest["cache"].Bindings["tcp"].TargetPort);
        Assert.Equal("{predictor.bindings.http.url}", manifest["api"].Env["services__predictor__http__0"]);
    }

    [Fact]
    public void ReplicaCountIsReadWhereTheManifestCarriesIt()
    {
        var manifest = Manifests.Parse("""{ "resources": { "a": { "type": "project.v0", "replicas": 3 }, "b": { "type": "project.v0" } } }""");
        Assert.Equal(3, manifest["a"].Replicas);
        Assert.Null(manifest["b"].Replicas);
    }

    [Fact]
    public void JobAndItsRunIntervalAreReadWhereTheManifestCarriesThem()
    {
        var manifest = Manifests.Parse("""
            { "resources": { "a": { "type": "project.v0", "job": { "runInterval": "00:15:00" } },
                             "b": { "type": "project.v0", "job": {} }, "c": { "type": "project.v0" } } }
            """);
        Assert.Equal(TimeSpan.FromMinutes(15), manifest["a"].Job!.RunInterval);
        Assert.True(manifest["b"].IsJob);
        Assert.Null(manifest["b"].Job!.RunInterval);
        Assert.False(manifest["c"].IsJob);
    }

    [Theory]
    [InlineData("\"fifteen minutes\"")]
    [InlineData("\"00:00:00\"")]
    [InlineData("\"-00:15:00\"")]
    public void RunIntervalThatIsNoPositiveTimeSpanIsRefused(string interval)
    {
        var error = Assert.Throws<PublishException>(() =>
            Manifests.Parse($$"""{ "resources": { "backtest": { "type": "project.v0", "job": { "runInterval": {{interval}} } } } }"""));
        Assert.Contains("backtest", error.Message);
        Assert.Contains("runInterval", error.Message);
    }

    [Fact]
    public void JsonWithoutResourcesIsRefused()
    {
        var error = Assert.Throws<PublishException>(() => Manifests.Parse("""{ "services": {} }"""));
        Assert.Contains("resources", error.Message);
    }

    [Fact]
    public void MissingManifestFileIsNamed()
    {
        var error = Assert.Throws<PublishException>(() => AspireManifest.Load("/nonexistent/aspire-manifest.json"));
        Assert.Contains("/nonexistent/aspire-manifest.json", error.Message);
    }
}
