using Hosting.Tests.Support;
using TestSupport;

namespace Hosting.Tests.Grafana;

public sealed class GrafanaTests
{
    [Fact]
    public async Task WithContainersGrafanaIsThePinnedImageProvisionedFromTheRepositoryAndPointedAtPrometheus()
    {
        var builder = Model.Builder("container");
        var grafana = builder.AddGrafana("grafana", port: 3000).WithProvisioning(RepositoryRoot.Combine("grafana"));
        var resource = Assert.IsType<GrafanaResource>(grafana.Resource);

        var image = Assert.Single(resource.Annotations.OfType<ContainerImageAnnotation>());
        Assert.Equal(("docker.io", "grafana/grafana", "11.4.0"), (image.Registry, image.Image, image.Tag));
        Assert.Equal([(RepositoryRoot.Combine("grafana", "provisioning"), "/etc/grafana/provisioning"),
                (RepositoryRoot.Combine("grafana", "dashboards"), "/var/lib/grafana/dashboards")],
            resource.Annotations.OfType<ContainerMountAnnotation>().Select(m => (m.Source!, m.Target)));
        var environment = await Evaluate.EnvironmentAsync(resource);
        Assert.Equal("true", environment["GF_AUTH_ANONYMOUS_ENABLED"]);
        Assert.Equal("Viewer", environment["GF_AUTH_ANONYMOUS_ORG_ROLE"]);
        Assert.Equal(await resource.AdminPassword.GetValueAsync(default), environment["GF_SECURITY_ADMIN_PASSWORD"]);
        var endpoint = resource.Annotations.OfType<EndpointAnnotation>().Single();
        Assert.Equal((3000, 3000), (endpoint.Port, endpoint.TargetPort));
    }

    // The repository's datasource file reads ${PROMETHEUS_URL}; Grafana starts once Prometheus is healthy.
    [Fact]
    public void TheDataSourceIsThePrometheusResourceGrafanaWaitsFor()
    {
        var builder = Model.Builder("container");
        var prometheus = builder.AddPrometheus("prometheus", port: 9090);
        var grafana = builder.AddGrafana("grafana");
        var environmentBefore = grafana.Resource.Annotations.OfType<EnvironmentCallbackAnnotation>().Count();

        grafana.WithDataSource(prometheus);

        Assert.Equal(environmentBefore + 1, grafana.Resource.Annotations.OfType<EnvironmentCallbackAnnotation>().Count());
        Assert.Contains(grafana.Resource.Annotations.OfType<WaitAnnotation>(), w => w.Resource == prometheus.Resource);
        Assert.Contains(grafana.Resource.Annotations.OfType<ResourceRelationshipAnnotation>(), r => r.Resource == prometheus.Resource && r.Type == "Datasource");
    }

    [Fact]
    public void WithoutContainersGrafanaIsListedAsNotStartedWithTheReason()
    {
        var builder = Model.Builder("executable");
        var grafana = builder.AddGrafana("grafana", port: 3000).WithProvisioning("../grafana").WithDataSource(builder.AddPrometheus("prometheus"));

        var placeholder = Assert.IsType<GrafanaNotStartedResource>(grafana.Resource);
        Assert.Equal("Grafana runs only as a container, and Hosting:ResourceMode=executable.", placeholder.Reason);
        var state = Assert.Single(placeholder.Annotations.OfType<ResourceSnapshotAnnotation>()).InitialSnapshot;
        Assert.Equal("Not started", state.State?.Text);
        Assert.Equal(placeholder.Reason, Assert.Single(state.Properties).Value);
        Assert.Empty(placeholder.Annotations.OfType<ContainerImageAnnotation>());
        Assert.Same(ManifestPublishingCallbackAnnotation.Ignore, Assert.Single(placeholder.Annotations.OfType<ManifestPublishingCallbackAnnotation>()));
    }
}
