namespace Kubernetes.Manifest;

// Where a binding lives in the cluster: each workload gets a Service named after the resource, so its host is
// that name (the namespace's DNS resolves it); resources the cluster provides keep the URL configured for them.
public sealed class ClusterAddresses(AspireManifest manifest, PublishOptions options)
{
    public string Host(ManifestResource resource, ManifestBinding binding) =>
        ClusterUrl(resource)?.Host ?? resource.Name;

    // The port the process listens on inside its container. A project's binding without a target port (Aspire
    // leaves those to the orchestrator) gets DefaultProjectPort, the next one DefaultProjectPort + 1, and so on.
    public int ContainerPort(ManifestResource resource, ManifestBinding binding)
    {
        if (binding.TargetPort is { } target) return target;
        if (resource.IsProject)
        {
            var unassigned = resource.Bindings.Values.Where(b => b.TargetPort is null).ToList();
            return options.DefaultProjectPort + unassigned.IndexOf(binding);
        }
        return binding.Port ?? throw new PublishException($"Binding '{resource.Name}.{binding.Name}' has neither port nor targetPort.");
    }

    // The port callers use: the model's port where it fixes one, else the container port.
    public int ServicePort(ManifestResource resource, ManifestBinding binding) =>
        ClusterUrl(resource)?.Port ?? binding.Port ?? ContainerPort(resource, binding);

    public string Url(ManifestResource resource, ManifestBinding binding) =>
        ClusterUrl(resource) is { } url
            ? url.GetLeftPart(UriPartial.Authority)
            : $"{binding.Scheme}://{Host(resource, binding)}:{ServicePort(resource, binding)}";

    public bool IsClusterProvided(string name) => options.ClusterProvided.ContainsKey(name);

    public IEnumerable<ManifestResource> Workloads =>
        manifest.Resources.Values.Where(r => r.IsWorkload && !IsClusterProvided(r.Name)).OrderBy(r => r.Name, StringComparer.Ordinal);

    private Uri? ClusterUrl(ManifestResource resource) =>
        options.ClusterProvided.TryGetValue(resource.Name, out var url) ? new Uri(url) : null;
}
