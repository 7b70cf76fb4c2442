using Hosting.ApplicationModel;

namespace Hosting.Dashboard.Hosting;

/// <summary>Starts the dashboard once ports are allocated (before any resource starts, as Aspire does) so the
/// start-up can be watched, and stops it only after every resource has stopped, so the shutdown can be watched too.</summary>
internal sealed class DashboardLifecycleHook(IDashboardServer server) : IDistributedApplicationLifecycleHook
{
    public Task AfterEndpointsAllocatedAsync(DistributedApplicationModel model, CancellationToken cancellationToken) =>
        server.StartAsync(cancellationToken);

    // The login line printed at start has scrolled away behind the resources' output by now.
    public Task AfterResourcesCreatedAsync(DistributedApplicationModel model, CancellationToken cancellationToken)
    {
        Console.Out.WriteLine($"Dashboard: {server.LoginUrl}");
        return Task.CompletedTask;
    }

    public Task AfterStopAsync(DistributedApplicationModel model, CancellationToken cancellationToken) =>
        server.StopAsync(cancellationToken);
}
