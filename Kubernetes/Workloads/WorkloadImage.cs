using Kubernetes.Manifest;

namespace Kubernetes.Workloads;

// The image a workload runs: configured override, else the manifest's image for containers, else
// {registry}/{name}:{tag} for what the model builds (projects, Dockerfile containers). Nothing is built or pushed here.
public static class WorkloadImage
{
    public static string For(ManifestResource resource, ImageOptions images)
    {
        if (images.Overrides.TryGetValue(resource.Name, out var image)) return image;
        if (resource.IsContainer && resource.Image is { } containerImage) return containerImage;
        if (resource.IsExecutable)
            throw new PublishException(
                $"Executable '{resource.Name}' ({resource.Command}) has no image: pass --Images:Overrides:{resource.Name}=IMAGE.");
        var repository = images.Registry.Length > 0 ? $"{images.Registry.TrimEnd('/')}/{resource.Name}" : resource.Name;
        return images.Tag.Length > 0 ? $"{repository}:{images.Tag}" : repository;
    }
}
