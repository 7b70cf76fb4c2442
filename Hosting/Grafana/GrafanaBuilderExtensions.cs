using System.Collections.Immutable;
using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

public static class GrafanaBuilderExtensions
{
    public const string NotStartedState = "Not started";

    // Grafana with anonymous viewers and a generated admin password when a container runtime
    // answers; else a placeholder that says why it did not start.
    public static IResourceBuilder<IGrafanaResource> AddGrafana(this IDistributedApplicationBuilder builder,
        [ResourceName] string name, int? port = null)
    {
        var mode = builder.GetResourceMode();
        if (!mode.UseContainers)
        {
            var reason = $"Grafana runs only as a container, and {mode.Reason}.";
            return builder.AddResource<IGrafanaResource>(new GrafanaNotStartedResource(name, reason))
                .WithInitialState(new CustomResourceSnapshot
                {
                    ResourceType = "Grafana",
                    State = new ResourceStateSnapshot(NotStartedState, KnownResourceStateStyles.Info),
                    Properties = ImmutableArray.Create(new ResourcePropertySnapshot("grafana.reason", reason)
                    {
                        DisplayName = "Not started because",
                        IsHighlighted = true,
                    }),
                })
                .WithIconName("DataArea")
                .ExcludeFromManifest();
        }

        var password = ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{name}-admin-password", special: false);
        return builder.AddResource(new GrafanaResource(name, password))
            .WithImage(GrafanaContainerImageTags.Image, GrafanaContainerImageTags.Tag)
            .WithImageRegistry(GrafanaContainerImageTags.Registry)
            .WithHttpEndpoint(port: port, targetPort: GrafanaContainerImageTags.Port, name: "http")
            .WithEnvironment("GF_SECURITY_ADMIN_USER", "admin")
            .WithEnvironment("GF_SECURITY_ADMIN_PASSWORD", password)
            .WithEnvironment("GF_AUTH_ANONYMOUS_ENABLED", "true")
            .WithEnvironment("GF_AUTH_ANONYMOUS_ORG_ROLE", "Viewer")
            .WithEnvironment("GF_ANALYTICS_REPORTING_ENABLED", "false")
            .WithEnvironment("GF_ANALYTICS_CHECK_FOR_UPDATES", "false")
            .WithHttpHealthCheck("/api/health")
            .WithUrlForEndpoint("http", url => url.DisplayText = "Grafana")
            .WithIconName("DataArea");
    }

    // The repository's grafana/ folder: provisioning (datasource with its fixed uid, dashboard
    // provider) and the dashboards it loads.
    public static IResourceBuilder<IGrafanaResource> WithProvisioning(this IResourceBuilder<IGrafanaResource> builder, string grafanaDirectory)
    {
        if (builder.Resource is not GrafanaResource container) return builder;
        var root = Path.GetFullPath(grafanaDirectory, builder.ApplicationBuilder.AppHostDirectory);
        builder.ApplicationBuilder.CreateResourceBuilder(container)
            .WithBindMount(Path.Combine(root, "provisioning"), GrafanaContainerImageTags.ProvisioningDirectory, isReadOnly: true)
            .WithBindMount(Path.Combine(root, "dashboards"), GrafanaContainerImageTags.DashboardsDirectory, isReadOnly: true);
        return builder;
    }

    // The provisioned datasource reads PROMETHEUS_URL: this Prometheus as the Grafana container reaches it.
    public static IResourceBuilder<IGrafanaResource> WithDataSource(this IResourceBuilder<IGrafanaResource> builder,
        IResourceBuilder<IPrometheusResource> prometheus)
    {
        builder.WithRelationship(prometheus.Resource, "Datasource");
        if (builder.Resource is GrafanaResource container)
            builder.ApplicationBuilder.CreateResourceBuilder(container)
                .WithEnvironment("PROMETHEUS_URL", prometheus.Resource.GetEndpoint("http"))
                .WaitFor(prometheus);
        return builder;
    }
}
