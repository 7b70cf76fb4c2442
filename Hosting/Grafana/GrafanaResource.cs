namespace Aspire.Hosting.ApplicationModel;

// Grafana, whichever way the mode went.
public interface IGrafanaResource : IResource;

// Grafana in its pinned container, provisioned from the repository's grafana/ folder.
public sealed class GrafanaResource(string name, ParameterResource adminPassword) : ContainerResource(name), IGrafanaResource
{
    public ParameterResource AdminPassword { get; } = adminPassword;
}

// Debian has no grafana package: without a container runtime Grafana is this placeholder, listed in
// the dashboard as not started, with the reason. (A container resource would make Aspire check the
// absent runtime, warn in the dashboard and, under the testing builder, refuse to start.)
public sealed class GrafanaNotStartedResource(string name, string reason) : Resource(name), IGrafanaResource
{
    public string Reason { get; } = reason;
}
