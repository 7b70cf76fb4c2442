namespace Hosting.Dashboard.Hosting;

/// <summary>Starts the dashboard once ports are allocated (before any resource starts, as Aspire does) so the
/// start-up can be watched; stops it when the AppHost shuts down.</summary>
internal sealed class DashboardLifecycleHook(IDashboardServer server) : IDistributedApplicationLifecycleHook
{
    public Task AfterEndpointsAllocatedAsync(global::Hosting.ApplicationModel.DistributedApplicationModel model, CancellationToken cancellationToken) =>
        server.StartAsync(cancellationToken);

    public Task BeforeStopAsync(global::Hosting.ApplicationModel.DistributedApplicationModel model, CancellationToken cancellationToken) =>
        server.StopAsync(cancellationToken);
}
