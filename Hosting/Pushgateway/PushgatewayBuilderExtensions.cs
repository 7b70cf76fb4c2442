using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

public static class PushgatewayBuilderExtensions
{
    // The Pushgateway as the pinned container when a runtime answers, else Debian's executable on
    // loopback; restarted when it crashes; healthy once /-/ready answers.
    public static IResourceBuilder<IPushgatewayResource> AddPushgateway(this IDistributedApplicationBuilder builder,
        [ResourceName] string name, int? port = null)
    {
        var pushgateway = builder.GetResourceMode().UseContainers
            ? AddContainer(builder, name, port)
            : AddExecutable(builder, name, port);
        return pushgateway
            .WithHttpHealthCheck("/-/ready", endpointName: IPushgatewayResource.PrimaryEndpointName)
            .WithRestartOnCrash()
            .WithUrlForEndpoint(IPushgatewayResource.PrimaryEndpointName, url => url.DisplayText = "Pushgateway")
            .WithIconName("ArrowUpload");
    }

    // Prometheus scrapes the Pushgateway as a job named after it, keeping the job and instance labels
    // the pushes carry (honor_labels: true) instead of writing the Pushgateway's own over them.
    public static IResourceBuilder<IPrometheusResource> WithPushgateway(this IResourceBuilder<IPrometheusResource> builder,
        IResourceBuilder<IPushgatewayResource> pushgateway)
    {
        builder.WithAnnotation(new PrometheusScrapeTargetAnnotation(pushgateway.Resource) { HonorLabels = true });
        return builder.WithRelationship(pushgateway.Resource, "Scrapes");
    }

    private static IResourceBuilder<IPushgatewayResource> AddExecutable(IDistributedApplicationBuilder builder, string name, int? port)
    {
        var data = RunDirectory.Create(builder, name);
        var pushgateway = new PushgatewayExecutableResource(name, data);
        var http = new EndpointReference(pushgateway, IPushgatewayResource.PrimaryEndpointName);
        return builder.AddResource(pushgateway)
            .WithHttpEndpoint(port: port, name: IPushgatewayResource.PrimaryEndpointName)
            .WithArgs(context =>
            {
                context.Args.Add(ReferenceExpression.Create($"--web.listen-address=127.0.0.1:{http.Property(EndpointProperty.TargetPort)}"));
                // Pushed groups survive a restart of the Pushgateway (a crash, or the dashboard's Restart).
                context.Args.Add($"--persistence.file={Path.Combine(data, "pushgateway.db")}");
            });
    }

    private static IResourceBuilder<IPushgatewayResource> AddContainer(IDistributedApplicationBuilder builder, string name, int? port) =>
        builder.AddResource(new PushgatewayContainerResource(name))
            .WithImage(PushgatewayContainerImageTags.Image, PushgatewayContainerImageTags.Tag)
            .WithImageRegistry(PushgatewayContainerImageTags.Registry)
            .WithHttpEndpoint(port: port, targetPort: PushgatewayContainerImageTags.Port, name: IPushgatewayResource.PrimaryEndpointName)
            .WithArgs("--persistence.file=/tmp/pushgateway.db");
}
