using k8s.Models;
using Kubernetes.Tests.Support;

namespace Kubernetes.Tests.Workloads;

public class DeploymentTests
{
    private static V1Container Container(PublishedTree tree, string name) =>
        tree.Read<V1Deployment>($"{name}/deployment.yaml").Spec.Template.Spec.Containers.Single();

    private static string? Env(V1Container container, string name) => container.Env.Single(e => e.Name == name).Value;

    // Aspire's manifest leaves WithReplicas out; the fixture carries the field the extension in docs/kubernetes.md adds.
    [Fact]
    public void ReplicaCountsComeFromTheManifestWhereItCarriesThem()
    {
        using var tree = PublishedTree.FromFixture();
        Assert.Equal(2, tree.Read<V1Deployment>("predictor/deployment.yaml").Spec.Replicas);
        Assert.Equal(1, tree.Read<V1Deployment>("api/deployment.yaml").Spec.Replicas);
    }

    [Fact]
    public void ConfiguredReplicasOverrideTheModel()
    {
        using var tree = PublishedTree.FromFixture(o => o.Replicas["predictor"] = 5);
        Assert.Equal(5, tree.Read<V1Deployment>("predictor/deployment.yaml").Spec.Replicas);
    }

    [Fact]
    public void AppHostWorkloadsGetTheReplicaCountItsManifestCarriesElseOne()
    {
        using var tree = PublishedTree.FromAppHost();
        foreach (var deployment in tree.Objects<V1Deployment>())
            Assert.Equal(tree.Manifest[deployment.Metadata.Name].Replicas ?? 1, deployment.Spec.Replicas);
    }

    [Fact]
    public void ProjectsGetAspireIdentityWithThePodNameAsInstanceId()
    {
        using var tree = PublishedTree.FromAppHost();
        var container = Container(tree, "predictor");
        var podName = container.Env.Single(e => e.Name == "POD_NAME");
        Assert.Equal("metadata.name", podName.ValueFrom.FieldRef.FieldPath);
        Assert.Equal("predictor", Env(container, "OTEL_SERVICE_NAME"));
        Assert.Equal("service.instance.id=$(POD_NAME)", Env(container, "OTEL_RESOURCE_ATTRIBUTES"));
        // Kubernetes expands $(POD_NAME) only from variables defined before it.
        Assert.True(container.Env.IndexOf(podName) < container.Env.IndexOf(container.Env.Single(e => e.Name == "OTEL_RESOURCE_ATTRIBUTES")));
    }

    [Fact]
    public void ServiceDiscoveryPointsAtTheServiceDnsName()
    {
        using var tree = PublishedTree.FromAppHost();
        Assert.Equal("http://predictor:8080", Env(Container(tree, "api"), "services__predictor__http__0"));
    }

    [Fact]
    public void ConnectionStringComesFromTheWorkloadSecretAndNeverFromThePodSpec()
    {
        using var tree = PublishedTree.FromAppHost();
        var reference = Container(tree, "api").Env.Single(e => e.Name == "ConnectionStrings__cache").ValueFrom.SecretKeyRef;
        var secret = tree.Read<V1Secret>("api/secret.yaml");
        Assert.Equal(secret.Metadata.Name, reference.Name);
        Assert.Equal($"cache:6379,password={PublishedTree.PasswordPlaceholder}", secret.StringData[reference.Key]);
        foreach (var file in new[] { "api/deployment.yaml", "cache/deployment.yaml" })
            Assert.DoesNotContain(PublishedTree.PasswordPlaceholder, File.ReadAllText(Path.Combine(tree.Root, file)));
    }

    [Fact]
    public void RedisTakesItsPasswordFromItsSecret()
    {
        using var tree = PublishedTree.FromAppHost();
        var reference = Container(tree, "cache").Env.Single(e => e.Name == "REDIS_PASSWORD").ValueFrom.SecretKeyRef;
        Assert.Equal(PublishedTree.PasswordPlaceholder, tree.Read<V1Secret>($"cache/secret.yaml").StringData[reference.Key]);
        Assert.Equal("cache-secrets", reference.Name);
    }

    [Fact]
    public void WithoutAConfiguredPasswordEachPublishGeneratesItsOwn()
    {
        using var first = PublishedTree.FromAppHost(o => o.Parameters.Clear());
        using var second = PublishedTree.FromAppHost(o => o.Parameters.Clear());
        var a = first.Read<V1Secret>("cache/secret.yaml").StringData["REDIS_PASSWORD"];
        var b = second.Read<V1Secret>("cache/secret.yaml").StringData["REDIS_PASSWORD"];
        Assert.NotEqual(a, b);
        Assert.True(a.Length >= 22);
        Assert.Contains($"password={a}", first.Read<V1Secret>("api/secret.yaml").StringData["ConnectionStrings__cache"]);
    }

    [Fact]
    public void HttpPortsIsTheContainerPortTheProbesAndServiceUse()
    {
        using var tree = PublishedTree.FromAppHost();
        var container = Container(tree, "api");
        var port = container.Ports.Single();
        Assert.Equal(port.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture), Env(container, "HTTP_PORTS"));
        Assert.Equal("/health", container.ReadinessProbe.HttpGet.Path);
        Assert.Equal("/alive", container.LivenessProbe.HttpGet.Path);
        Assert.Equal(port.Name, container.ReadinessProbe.HttpGet.Port.Value);
        Assert.Equal(8000, tree.Read<V1Service>("api/service.yaml").Spec.Ports.Single().Port);
    }

    [Theory]
    [InlineData("api", 1654)]
    [InlineData("predictor", 1654)]
    [InlineData("cache", 999)]
    public void PodsRunAsNonRootOnAReadOnlyRootFilesystem(string name, long user)
    {
        using var tree = PublishedTree.FromAppHost();
        var pod = tree.Read<V1Deployment>($"{name}/deployment.yaml").Spec.Template.Spec;
        var container = pod.Containers.Single();
        Assert.True(pod.SecurityContext.RunAsNonRoot);
        Assert.Equal(user, pod.SecurityContext.RunAsUser);
        Assert.True(container.SecurityContext.ReadOnlyRootFilesystem);
        Assert.False(container.SecurityContext.AllowPrivilegeEscalation);
        Assert.Equal(["ALL"], container.SecurityContext.Capabilities.Drop);
        Assert.Contains(container.VolumeMounts, m => m.MountPath == "/tmp" && pod.Volumes.Any(v => v.Name == m.Name && v.EmptyDir is not null));
        Assert.NotNull(container.Resources.Requests["memory"]);
        Assert.NotNull(container.Resources.Limits["memory"]);
    }

    [Fact]
    public void ImagesComeFromConfigurationForProjectsAndFromTheModelForContainers()
    {
        using var tree = PublishedTree.FromAppHost(o => o.Images.Overrides["predictor"] = "example.org/predictor@sha256:abc");
        Assert.Equal("registry.example.com/aspire-metrics/api:golden", Container(tree, "api").Image);
        Assert.Equal("example.org/predictor@sha256:abc", Container(tree, "predictor").Image);
        Assert.Equal(tree.Manifest["cache"].Image, Container(tree, "cache").Image);
    }

    [Fact]
    public void ClusterProvidedResourcesGetNoWorkload()
    {
        using var tree = PublishedTree.FromAppHost();
        Assert.DoesNotContain(tree.Objects<V1Deployment>(), d => d.Metadata.Name is "prometheus" or "grafana");
        Assert.Equal(["api", "cache", "predictor", "pushgateway"], tree.Objects<V1Deployment>().Select(d => d.Metadata.Name).Order());
    }
}
