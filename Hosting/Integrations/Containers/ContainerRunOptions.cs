namespace Hosting.Integrations.Containers;

// The `run` options integrations add: containers reach the host's projects as host.docker.internal,
// and (when given) join the run's network under their resource name.
public static class ContainerRunOptions
{
    public const string HostGateway = "host.docker.internal";

    public static IReadOnlyList<string> For(string? network = null, string? alias = null)
    {
        List<string> options = [$"--add-host={HostGateway}:host-gateway"];
        if (network is not null) options.Add($"--network={network}");
        if (network is not null && alias is not null) options.Add($"--network-alias={alias}");
        return options;
    }
}
