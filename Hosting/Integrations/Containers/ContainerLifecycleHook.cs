using Hosting.ApplicationModel;

namespace Hosting.Integrations.Containers;

// Removes the run's container network once every container is gone.
internal sealed class ContainerLifecycleHook(ContainerRuntimeProvider provider) : IDistributedApplicationLifecycleHook
{
    // Implements the hook the orchestrator calls after stopping everything (see /tmp/integrations-needs.md).
    public Task AfterStopAsync(DistributedApplicationModel model, CancellationToken cancellationToken) =>
        provider.RemoveNetworkAsync(cancellationToken);
}
