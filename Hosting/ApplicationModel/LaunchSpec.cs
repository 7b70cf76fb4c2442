namespace Hosting.ApplicationModel;

// What a runner starts. Environment and arguments are already fully resolved.
public abstract record LaunchSpec
{
    public required IReadOnlyDictionary<string, string> Environment { get; init; }
    public IReadOnlyList<string> Args { get; init; } = [];
}

public sealed record ProcessLaunchSpec : LaunchSpec
{
    public required string FileName { get; init; }
    public required string WorkingDirectory { get; init; }
    // Shown in "missing executable" errors, e.g. "redis-server".
    public string? DebianPackage { get; init; }
}

public sealed record ContainerLaunchSpec : LaunchSpec
{
    // "docker" or "podman" (integrations detect which one).
    public required string Runtime { get; init; }
    public required string Image { get; init; }
    public required string ContainerName { get; init; }
    public IReadOnlyList<ContainerPortMapping> Ports { get; init; } = [];
    public IReadOnlyList<ContainerMount> Mounts { get; init; } = [];
    // Extra `run` options written before the image (host gateway, network, alias).
    public IReadOnlyList<string> RunOptions { get; init; } = [];
}

public sealed record ContainerPortMapping(string HostAddress, int HostPort, int ContainerPort);

public sealed record ContainerMount(string Source, string Target, bool ReadOnly = false);
