namespace Aspire.Hosting.ApplicationModel;

// The Prometheus Pushgateway, whichever way it runs: an HTTP endpoint batch jobs push to (WithReference
// gives them services__{name}__http__0) and Prometheus scrapes with honor_labels.
public interface IPushgatewayResource : IResourceWithServiceDiscovery, IResourceWithWaitSupport
{
    const string PrimaryEndpointName = "http";
}

// Debian's prometheus-pushgateway as an Aspire executable, persisting its groups in the run directory.
public sealed class PushgatewayExecutableResource(string name, string dataDirectory)
    : ExecutableResource(name, "prometheus-pushgateway", dataDirectory), IPushgatewayResource;

// The pinned prom/pushgateway image.
public sealed class PushgatewayContainerResource(string name) : ContainerResource(name), IPushgatewayResource;
