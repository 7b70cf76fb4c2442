using Hosting.ApplicationModel;
using Hosting.Integrations.Containers;
using Hosting.Orchestration;
using Hosting.Tests.Integrations.Repository;

namespace Hosting.Tests.Integrations.Wiring;

public class GrafanaWiringTests
{
    [Fact]
    public void WithoutAContainerRuntimeGrafanaIsNotStartedAndSaysWhy()
    {
        using var model = new IntegrationModel(ContainerRuntimeMode.None);
        var prometheus = model.Builder.AddPrometheus("prometheus");
        var grafana = model.Builder.AddGrafana("grafana").WithHttpEndpoint(port: 3000).WithDataSource(prometheus);
        IntegrationModel.Allocate(grafana.Resource, "http", 3000);

        var error = Assert.Throws<ResourceSkippedException>(() => model.Launch(grafana.Resource));

        Assert.Equal(
            "Grafana needs a container runtime (docker/podman); Hosting:ContainerRuntime=none. " +
            "The AppHost dashboard renders the Grafana dashboards' panels itself.",
            error.Message);
    }

    [Fact]
    public void AutoDetectionThatFindsNoRuntimeNamesWhatWasAsked()
    {
        using var model = new IntegrationModel(ContainerRuntimeMode.Auto);
        model.Runner.Answers["docker"] = new CommandResult(1, "Cannot connect to the Docker daemon at unix:///var/run/docker.sock.");
        var grafana = model.Builder.AddGrafana("grafana");
        IntegrationModel.Allocate(grafana.Resource, "http", 3000);

        var error = Assert.Throws<ResourceSkippedException>(() => model.Launch(grafana.Resource));

        Assert.StartsWith("Grafana needs a container runtime (docker/podman); none answered (docker info: Cannot connect", error.Message);
    }

    [Fact]
    public void WithDockerGrafanaGetsTheRepositoryDashboardsAndADatasourceForThisPrometheus()
    {
        using var model = new IntegrationModel(ContainerRuntimeMode.Docker);
        var prometheus = model.Builder.AddPrometheus("prometheus").WithScrapeInterval(TimeSpan.FromSeconds(2));
        var grafana = model.Builder.AddGrafana("grafana").WithHttpEndpoint(port: 3000).WithDataSource(prometheus);
        IntegrationModel.Allocate(grafana.Resource, "http", 3000);

        var spec = Assert.IsType<ContainerLaunchSpec>(model.Launch(grafana.Resource));

        var generated = Path.Combine(model.RunDirectory, "grafana", "provisioning");
        var grafanaDirectory = TestRepository.Layout.GrafanaDirectory;
        Assert.Equal("grafana/grafana:11.4.0", spec.Image);
        Assert.Equal(
        [
            $"{generated}/datasources:/etc/grafana/provisioning/datasources",
            $"{grafanaDirectory}/provisioning/dashboards:/etc/grafana/provisioning/dashboards",
            $"{grafanaDirectory}/dashboards:/var/lib/grafana/dashboards",
        ], spec.Mounts.Select(m => $"{m.Source}:{m.Target}"));
        Assert.All(spec.Mounts, m => Assert.True(m.ReadOnly));
        Assert.Equal(["--add-host=host.docker.internal:host-gateway", "--network=aspire-metrics-run1", "--network-alias=grafana"], spec.RunOptions);
        Assert.Equal(grafana.Resource.AdminPassword.Value, spec.Environment["GF_SECURITY_ADMIN_PASSWORD"]);
        Assert.DoesNotContain(grafana.Resource.AdminPassword.Value, string.Join(' ', ContainerCommandLine.Run(spec)));
        var datasource = File.ReadAllText(Path.Combine(generated, "datasources", "datasource.yml"));
        Assert.Contains("    uid: 'prometheus'\n", datasource);
        Assert.Contains("    url: 'http://prometheus:9090'\n", datasource);
        Assert.Contains("      timeInterval: '2s'\n", datasource);
    }
}
