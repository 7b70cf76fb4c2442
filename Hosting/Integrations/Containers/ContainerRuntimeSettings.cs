using Microsoft.Extensions.Configuration;

namespace Hosting.Integrations.Containers;

// `Hosting:ContainerRuntime` (env `Hosting__ContainerRuntime`): auto | docker | podman | none.
// `AppHost:ContainerRuntime` is read too, as the issue spelled it.
public static class ContainerRuntimeSettings
{
    public const string Key = "Hosting:ContainerRuntime";
    public const string AlternativeKey = "AppHost:ContainerRuntime";

    public static ContainerRuntimeMode ReadMode(IConfiguration configuration) =>
        ParseMode(configuration[Key] ?? configuration[AlternativeKey]);

    public static ContainerRuntimeMode ParseMode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return ContainerRuntimeMode.Auto;
        return value.Trim().ToLowerInvariant() switch
        {
            "auto" => ContainerRuntimeMode.Auto,
            "docker" => ContainerRuntimeMode.Docker,
            "podman" => ContainerRuntimeMode.Podman,
            "none" => ContainerRuntimeMode.None,
            _ => throw new DistributedApplicationException($"{Key}='{value}' is not one of auto, docker, podman, none."),
        };
    }
}
