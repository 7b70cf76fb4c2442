using Hosting.ApplicationModel;
using Hosting.Integrations.Containers;
using Hosting.Integrations.Prometheus;
using Hosting.Integrations.Repository;

namespace Hosting.Integrations.Grafana;

// Grafana provisioned from the repository's grafana/ folder. Container only: without a runtime it is
// not started and says why (the AppHost dashboard renders the same panels).
public sealed class GrafanaResource(string name, ParameterResource adminPassword, RepositoryLayout? repository, ContainerRuntimeProvider containers)
    : Resource(name), IResourceWithEndpoints, IResourceWithWaitSupport, IResourceWithLaunchSpec
{
    private int _announced;

    public ParameterResource AdminPassword { get; } = adminPassword;
    public RepositoryLayout? Repository { get; } = repository;
    public PrometheusResource? DataSource { get; set; }
    public EndpointReference HttpEndpoint => new(this, "http");

    public LaunchSpec CreateLaunchSpec(LaunchContext context)
    {
        var runtime = containers.Runtime;
        if (!runtime.IsAvailable) throw new ResourceSkippedException(GrafanaLaunch.NotStartedMessage(runtime.Description));

        var provisioning = GrafanaProvisioning.Read(Repository?.GrafanaDirectory);
        var generated = Path.Combine(context.RunDirectory, "provisioning");
        WriteProvisioning(generated, provisioning, context);
        var endpoint = context.Endpoint("http");
        if (Interlocked.Exchange(ref _announced, 1) == 0)
            containers.Announce($"grafana: {endpoint.Url} (anonymous users can view; admin password: {AdminPassword.Value})");
        return GrafanaLaunch.Container(runtime.Command!, $"{context.InstanceId}-{context.RunId}", endpoint.Port, AdminPassword.Value,
            generated, provisioning, containers.EnsureNetwork(context.RunId), Name);
    }

    private void WriteProvisioning(string generated, GrafanaProvisioning provisioning, LaunchContext context)
    {
        var datasources = Directory.CreateDirectory(Path.Combine(generated, "datasources")).FullName;
        var providers = Directory.CreateDirectory(Path.Combine(generated, "dashboards")).FullName;
        if (DataSource is not null)
        {
            // Both containers are on the run's network, where Prometheus answers under its resource name.
            var url = $"http://{DataSource.Name}:{PrometheusLaunch.ContainerPort}";
            File.WriteAllText(Path.Combine(datasources, "datasource.yml"),
                GrafanaConfigWriter.Datasource(provisioning, url, DataSource.EffectiveScrapeInterval(context.Configuration)));
        }
        File.WriteAllText(Path.Combine(providers, "provider.yml"), GrafanaConfigWriter.DashboardProvider(provisioning.DashboardsPath));
    }
}
