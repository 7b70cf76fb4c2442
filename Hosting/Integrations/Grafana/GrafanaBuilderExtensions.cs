using Hosting.ApplicationModel;
using Hosting.Integrations.Containers;
using Hosting.Integrations.Grafana;
using Hosting.Integrations.Prometheus;
using Hosting.Integrations.Repository;
using Hosting.Orchestration;

namespace Hosting;

public static class GrafanaBuilderExtensions
{
    // builder.AddGrafana("grafana").WithHttpEndpoint(port: 3000).WithDataSource(prometheus)
    // The admin password is configuration "Parameters:{name}-admin-password" when set, else new per run.
    public static IResourceBuilder<GrafanaResource> AddGrafana(this IDistributedApplicationBuilder builder, string name)
    {
        var password = builder.AddPassword($"{name}-admin-password");
        var grafana = new GrafanaResource(name, password.Resource, RepositoryLayout.ForBuilder(builder), ContainerRuntimeProvider.For(builder));
        return builder.AddResource(grafana)
            .WithHttpEndpoint(targetPort: GrafanaLaunch.ContainerPort)
            .WithHealthProbe("http /api/health", (ctx, ct) => HttpHealthProbe.CheckAsync(ctx.Http, ctx.Endpoint().Url + "/api/health", ct));
    }

    // The repository's Prometheus datasource (same uid, so the dashboards bind to it) pointed at this Prometheus.
    public static IResourceBuilder<GrafanaResource> WithDataSource(this IResourceBuilder<GrafanaResource> builder,
        IResourceBuilder<PrometheusResource> prometheus)
    {
        builder.Resource.DataSource = prometheus.Resource;
        return builder.WithAnnotation(new ResourceReferenceAnnotation(prometheus.Resource));
    }
}
