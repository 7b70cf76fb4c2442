namespace Hosting.Integrations.Containers;

// Decides once per run whether Redis/Prometheus/Grafana run as containers, and with which CLI.
// A forced mode is taken at its word (no probe); Auto asks `docker info`, then `podman info`.
// DOCKER_HOST names the docker endpoint the user chose, so with it set only docker is asked.
public sealed class ContainerRuntimeDetector(ICommandRunner runner, Func<string, string?> getEnvironmentVariable)
{
    public const string Docker = "docker";
    public const string Podman = "podman";
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);
    private static readonly string[] InfoArguments = ["info", "--format", "{{.ServerVersion}}"];

    public ContainerRuntimeDetector() : this(new ProcessCommandRunner(), Environment.GetEnvironmentVariable)
    {
    }

    public async Task<ContainerRuntime> DetectAsync(ContainerRuntimeMode mode, CancellationToken cancellationToken = default)
    {
        var dockerHost = getEnvironmentVariable("DOCKER_HOST");
        var endpoint = string.IsNullOrWhiteSpace(dockerHost) ? "" : $", DOCKER_HOST={dockerHost}";
        switch (mode)
        {
            case ContainerRuntimeMode.None:
                return ContainerRuntime.Unavailable($"{ContainerRuntimeSettings.Key}=none");
            case ContainerRuntimeMode.Docker:
                return ContainerRuntime.Using(Docker, $"docker (forced by {ContainerRuntimeSettings.Key}=docker{endpoint})");
            case ContainerRuntimeMode.Podman:
                return ContainerRuntime.Using(Podman, $"podman (forced by {ContainerRuntimeSettings.Key}=podman)");
        }

        var docker = await runner.RunAsync(Docker, InfoArguments, ProbeTimeout, cancellationToken);
        if (docker.Succeeded)
            return ContainerRuntime.Using(Docker, $"docker {docker.Output} (`docker info` answered{endpoint})");
        var failures = $"docker info: {FirstLine(docker.Output)}";
        if (endpoint.Length > 0)
            return ContainerRuntime.Unavailable($"none answered ({failures}{endpoint})");

        var podman = await runner.RunAsync(Podman, InfoArguments, ProbeTimeout, cancellationToken);
        if (podman.Succeeded)
            return ContainerRuntime.Using(Podman, $"podman {podman.Output} (`podman info` answered)");
        return ContainerRuntime.Unavailable($"none answered ({failures}; podman info: {FirstLine(podman.Output)})");
    }

    private static string FirstLine(string output)
    {
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(l => !l.StartsWith("Client", StringComparison.Ordinal));
        return string.IsNullOrEmpty(line) ? "no output" : line;
    }
}
