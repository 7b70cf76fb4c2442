using Hosting.ApplicationModel;

namespace Hosting.Orchestration;

// Picks the runner by launch spec: integrations decide per resource whether it is a process or a container.
public sealed class ResourceRunner(ProcessRunner processes, ContainerRunner containers) : IResourceRunner
{
    public ResourceRunner() : this(new ProcessRunner(), new ContainerRunner(new ProcessRunner()))
    {
    }

    public Task<IRunningResource> StartAsync(LaunchSpec spec, Action<LogStream, string> output, CancellationToken cancellationToken) => spec switch
    {
        ProcessLaunchSpec process => processes.StartAsync(process, output, cancellationToken),
        ContainerLaunchSpec container => containers.StartAsync(container, output, cancellationToken),
        _ => throw new NotSupportedException($"No runner for {spec.GetType().Name}."),
    };
}
