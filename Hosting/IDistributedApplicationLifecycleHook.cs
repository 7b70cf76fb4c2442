using Hosting.ApplicationModel;

namespace Hosting;

// Register in builder.Services to run code around the orchestrator (the dashboard uses this).
public interface IDistributedApplicationLifecycleHook
{
    // Ports are allocated (EndpointAnnotation.Allocated is set); nothing started yet.
    Task AfterEndpointsAllocatedAsync(DistributedApplicationModel model, CancellationToken cancellationToken) => Task.CompletedTask;

    // Every resource was launched and is healthy.
    Task AfterResourcesCreatedAsync(DistributedApplicationModel model, CancellationToken cancellationToken) => Task.CompletedTask;

    // Shutdown begins; resources are still running.
    Task BeforeStopAsync(DistributedApplicationModel model, CancellationToken cancellationToken) => Task.CompletedTask;

    // Every resource has stopped (containers removed); clean up what outlives them, e.g. a container network.
    Task AfterStopAsync(DistributedApplicationModel model, CancellationToken cancellationToken) => Task.CompletedTask;
}
