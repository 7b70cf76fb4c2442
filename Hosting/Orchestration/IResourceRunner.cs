using Hosting.ApplicationModel;

namespace Hosting.Orchestration;

// Runners start one replica and give back a handle; processes and containers look the same from here.
public interface IResourceRunner
{
    // Throws DistributedApplicationException with a user-facing message when the launch cannot happen.
    Task<IRunningResource> StartAsync(LaunchSpec spec, Action<LogStream, string> output, CancellationToken cancellationToken);
}

public interface IRunningResource
{
    // A process id, or a container id.
    string Id { get; }
    int? Pid { get; }
    string? ContainerId { get; }
    string CommandLine { get; }
    // Completes with the exit code when the process/container ends, whichever way.
    Task<int> Exited { get; }

    // Graceful stop: SIGTERM (docker stop), then SIGKILL of the whole tree after the grace period.
    Task StopAsync(TimeSpan grace, CancellationToken cancellationToken = default);

    // Immediate SIGKILL of the whole tree.
    void Kill();
}
