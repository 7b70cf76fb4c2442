using Hosting.ApplicationModel;

namespace Hosting.Integrations.Containers;

// Removes the run's container network once every container is gone.
internal sealed class ContainerLifecycleHook(ContainerRuntimeProvider provider) : IDistributedApplicationLifecycleHook
{
    public Task AfterStopAsync(DistributedApplicationModel model, CancellationToken cancellationToken) =>
        provider.RemoveNetworkAsync(cancellationToken);
}
