using Hosting.Tests.Support;
using TestSupport;

namespace Hosting.Tests.Prometheus;

public sealed class PrometheusBuilderTests
{
    private static readonly string BaseFile = RepositoryRoot.Combine("prometheus", "prometheus.base.yml");

    [Fact]
    public async Task WithoutContainersPrometheusIsTheExecutableListeningOnLoopbackAtTheTargetPort()
    {
        var prometheus = Model.Builder("executable").AddPrometheus("prometheus", port: 9090).WithBaseConfig(BaseFile);
        var resource = Assert.IsType<PrometheusExecutableResource>(prometheus.Resource);
        Model.Allocate(resource, port: 9090, targetPort: 41090);

        var args = await Evaluate.ArgumentsAsync(resource);

        Assert.Equal("prometheus", resource.Command);
        Assert.Equal([$"--config.file={resource.Files.ConfigFile}", $"--storage.tsdb.path={resource.Files.DataDirectory}",
            "--web.listen-address=127.0.0.1:41090", "--web.enable-lifecycle", "--enable-feature=exemplar-storage"], args);
        Assert.Equal(9090, resource.Annotations.OfType<EndpointAnnotation>().Single().Port);
    }

    [Fact]
    public async Task WithContainersPrometheusIsThePinnedImageWithTheGeneratedFilesMounted()
    {
        var prometheus = Model.Builder("container").AddPrometheus("prometheus", port: 9090).WithBaseConfig(BaseFile);
        var resource = Assert.IsType<PrometheusContainerResource>(prometheus.Resource);

        var image = Assert.Single(resource.Annotations.OfType<ContainerImageAnnotation>());
        Assert.Equal(("docker.io", "prom/prometheus", "v2.53.3"), (image.Registry, image.Image, image.Tag));
        Assert.Equal(["--config.file=/etc/prometheus/aspire/prometheus.yml", "--storage.tsdb.path=/prometheus",
            "--web.listen-address=0.0.0.0:9090", "--web.enable-lifecycle", "--enable-feature=exemplar-storage"], await Evaluate.ArgumentsAsync(resource));
        Assert.Equal([(resource.Files.Directory, "/etc/prometheus/aspire", true), (Path.GetDirectoryName(BaseFile)!, "/etc/prometheus/repo", true)],
            resource.Annotations.OfType<ContainerMountAnnotation>().Select(m => (m.Source!, m.Target, m.IsReadOnly)));
        var endpoint = resource.Annotations.OfType<EndpointAnnotation>().Single();
        Assert.Equal((9090, 9090), (endpoint.Port, endpoint.TargetPort));
        var runtimeArgs = new List<object>();
        foreach (var callback in resource.Annotations.OfType<ContainerRuntimeArgsCallbackAnnotation>())
            await callback.Callback(new ContainerRuntimeArgsCallbackContext(runtimeArgs));
        Assert.Equal(["--add-host=host.docker.internal:host-gateway"], runtimeArgs);
    }

    [Fact]
    public void ScrapeTargetsBecomeJobsNamedAfterTheResourceAndRelationshipsInTheDashboard()
    {
        var builder = Model.Builder("executable");
        var api = builder.AddExecutable("api", "api", ".").WithHttpEndpoint();
        var predictor = builder.AddExecutable("predictor", "predictor", ".").WithHttpEndpoint();

        var prometheus = builder.AddPrometheus("prometheus").WithScrapeTargets(api, predictor);

        Assert.Equal(["api", "predictor"], prometheus.Resource.Annotations.OfType<PrometheusScrapeTargetAnnotation>().Select(a => a.Target.Name));
        Assert.Equal(["api", "predictor"], prometheus.Resource.Annotations.OfType<ResourceRelationshipAnnotation>()
            .Where(r => r.Type == "Scrapes").Select(r => r.Resource.Name));
    }

    [Fact]
    public void PrometheusIsHealthyThroughItsFirstScrapeCheckAndRestartsWhenItCrashes()
    {
        var resource = Model.Builder("executable").AddPrometheus("prometheus").Resource;
        Assert.Equal("prometheus_first_scrape", Assert.Single(resource.Annotations.OfType<HealthCheckAnnotation>()).Key);
        Assert.Single(resource.Annotations.OfType<RestartPolicyAnnotation>());
    }

    [Fact]
    public void WriteConfigWritesPrometheusYmlAndAnEmptyListPerJob()
    {
        var builder = Model.Builder("executable");
        var api = builder.AddExecutable("api", "api", ".").WithHttpEndpoint();
        var prometheus = builder.AddPrometheus("prometheus").WithBaseConfig(BaseFile).WithScrapeTargets(api)
            .WithScrapeInterval(TimeSpan.FromSeconds(2));
        var files = prometheus.Resource.Files;
        try
        {
            PrometheusBuilderExtensions.WriteConfig(prometheus.Resource);

            var yaml = File.ReadAllText(files.ConfigFile);
            Assert.Contains($"- {RepositoryRoot.Combine("prometheus", "rules", "recording.yml")}\n", yaml, StringComparison.Ordinal);
            Assert.Contains($"    - {files.TargetsFile("api")}\n", yaml, StringComparison.Ordinal);
            Assert.Contains("  scrape_interval: 2s\n", yaml, StringComparison.Ordinal);
            Assert.Equal("[]\n", File.ReadAllText(files.TargetsFile("api")));
        }
        finally
        {
            Directory.Delete(files.Directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("1s", 1000)]
    [InlineData("500ms", 500)]
    [InlineData("2m", 120_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("00:00:03", 3000)]
    public void ScrapeIntervalsReadAsPrometheusWritesThem(string text, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), PrometheusBuilderExtensions.ParseInterval(text));
}
