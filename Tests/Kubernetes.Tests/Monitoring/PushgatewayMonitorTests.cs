using Kubernetes.Monitoring;
using Kubernetes.Tests.Support;
using TestSupport;

namespace Kubernetes.Tests.Monitoring;

// The Pushgateway is scraped like the local run's Prometheus scrapes it (honor_labels: true): the job and
// instance labels of pushed series are the pusher's, not the Pushgateway's.
public class PushgatewayMonitorTests
{
    [Fact]
    public void PushgatewayIsScrapedHonouringPushedLabelsAndServicesAreNot()
    {
        using var tree = PublishedTree.FromAppHost();
        Assert.True(tree.Read<ServiceMonitor>("pushgateway/servicemonitor.yaml").Spec.Endpoints.Single().HonorLabels);
        Assert.Contains("honorLabels: true", File.ReadAllText(Path.Combine(tree.Root, "pushgateway/servicemonitor.yaml")));
        foreach (var name in (string[])["api", "predictor"])
            Assert.Null(tree.Read<ServiceMonitor>($"{name}/servicemonitor.yaml").Spec.Endpoints.Single().HonorLabels);
    }

    [Fact]
    public void PushgatewayIsProbedOnItsOwnReadyAndHealthyEndpoints()
    {
        using var tree = PublishedTree.FromAppHost();
        var container = tree.Read<k8s.Models.V1Deployment>("pushgateway/deployment.yaml").Spec.Template.Spec.Containers.Single();
        Assert.Equal("/-/ready", container.ReadinessProbe.HttpGet.Path);
        Assert.Equal("/-/healthy", container.LivenessProbe.HttpGet.Path);
        Assert.Equal("http", container.ReadinessProbe.HttpGet.Port.Value);
    }

    [Theory]
    [InlineData("mirror.example.org/prom/pushgateway@sha256:0123", true)]
    [InlineData("prom/pushgateway", true)]
    [InlineData("docker.io/prom/pushgateway:v1.11.0", true)]
    [InlineData("docker.io/prom/pushgateway-extra:v1", false)]
    [InlineData("docker.io/library/nginx:1.27", false)]
    public void PushgatewayIsKnownByItsImageRepositoryWhateverRegistryAndTag(string image, bool isPushgateway)
    {
        using var directory = new TempDirectory();
        var path = directory.File("manifest.json");
        File.WriteAllText(path, $$"""
            { "resources": { "gateway": { "type": "container.v0", "image": "{{image}}",
              "bindings": { "http": { "scheme": "http", "protocol": "tcp", "transport": "http", "targetPort": 9091 } } } } }
            """);
        using var tree = new PublishedTree(path);
        Assert.Equal(isPushgateway, File.Exists(Path.Combine(tree.Root, "gateway/servicemonitor.yaml")));
    }

    [Fact]
    public void ConfiguredImagesAreRecognisedAsPushgatewaysToo()
    {
        using var directory = new TempDirectory();
        var path = directory.File("manifest.json");
        File.WriteAllText(path, """
            { "resources": { "gateway": { "type": "container.v0", "image": "example.org/team/gateway:2",
              "bindings": { "http": { "scheme": "http", "protocol": "tcp", "transport": "http", "targetPort": 9091 } } } } }
            """);
        using var tree = new PublishedTree(path, o => o.Monitoring.PushgatewayImages.Add("team/gateway"));
        Assert.True(tree.Read<ServiceMonitor>("gateway/servicemonitor.yaml").Spec.Endpoints.Single().HonorLabels);
    }
}
