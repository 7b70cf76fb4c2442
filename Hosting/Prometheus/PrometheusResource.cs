namespace Aspire.Hosting.ApplicationModel;

// Prometheus, whichever way it runs: its generated files, and the targets discovered for it.
public interface IPrometheusResource : IResourceWithEndpoints, IResourceWithWaitSupport
{
    PrometheusFiles Files { get; }
}

// Debian's prometheus as an Aspire executable.
public sealed class PrometheusExecutableResource(string name, PrometheusFiles files)
    : ExecutableResource(name, "prometheus", files.Directory), IPrometheusResource
{
    public PrometheusFiles Files { get; } = files;
}

// The pinned prom/prometheus image, with the generated files bind-mounted.
public sealed class PrometheusContainerResource(string name, PrometheusFiles files) : ContainerResource(name), IPrometheusResource
{
    public PrometheusFiles Files { get; } = files;
}
