namespace Hosting.Integrations.Containers;

// The outcome of detection: the CLI to drive (docker/podman), or none and why.
public sealed record ContainerRuntime(string? Command, string Description)
{
    public bool IsAvailable => Command is not null;

    public static ContainerRuntime Using(string command, string description) => new(command, description);

    public static ContainerRuntime Unavailable(string why) => new(null, why);
}
