using Hosting.ApplicationModel;
using Hosting.Integrations.Containers;

namespace Hosting.Integrations.Grafana;

// Grafana runs only as a container (Debian has no grafana package); anonymous users may view,
// the admin password is generated per run and printed.
public static class GrafanaLaunch
{
    public const int ContainerPort = 3000;
    public const string ContainerDatasourcesDirectory = "/etc/grafana/provisioning/datasources";
    public const string ContainerDashboardProvidersDirectory = "/etc/grafana/provisioning/dashboards";

    public static string NotStartedMessage(string why) =>
        $"Grafana needs a container runtime (docker/podman); {why}. " +
        "The AppHost dashboard renders the Grafana dashboards' panels itself.";

    // generatedProvisioning holds datasources/ (always) and dashboards/ (used when the repository has no provider).
    public static ContainerLaunchSpec Container(string runtime, string containerName, int hostPort, string adminPassword,
        string generatedProvisioning, GrafanaProvisioning repository, string? network, string alias)
    {
        List<ContainerMount> mounts =
        [
            new(Path.Combine(generatedProvisioning, "datasources"), ContainerDatasourcesDirectory, ReadOnly: true),
            new(repository.DashboardProvidersDirectory ?? Path.Combine(generatedProvisioning, "dashboards"),
                ContainerDashboardProvidersDirectory, ReadOnly: true),
        ];
        if (repository.DashboardsDirectory is not null)
            mounts.Add(new(repository.DashboardsDirectory, repository.DashboardsPath, ReadOnly: true));
        return new ContainerLaunchSpec
        {
            Runtime = runtime,
            Image = ContainerImages.Grafana,
            ContainerName = containerName,
            Ports = [new ContainerPortMapping("127.0.0.1", hostPort, ContainerPort)],
            Mounts = mounts,
            RunOptions = ContainerRunOptions.For(network, alias),
            Environment = new Dictionary<string, string>
            {
                ["GF_SECURITY_ADMIN_USER"] = "admin",
                ["GF_SECURITY_ADMIN_PASSWORD"] = adminPassword,
                ["GF_AUTH_ANONYMOUS_ENABLED"] = "true",
                ["GF_AUTH_ANONYMOUS_ORG_ROLE"] = "Viewer",
                ["GF_ANALYTICS_REPORTING_ENABLED"] = "false",
                ["GF_ANALYTICS_CHECK_FOR_UPDATES"] = "false",
                ["GF_ANALYTICS_CHECK_FOR_PLUGIN_UPDATES"] = "false",
                ["GF_NEWS_NEWS_FEED_ENABLED"] = "false",
            },
        };
    }
}
