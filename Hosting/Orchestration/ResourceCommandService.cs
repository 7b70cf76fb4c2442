using Microsoft.Extensions.DependencyInjection;

namespace Hosting.Orchestration;

// Stop/start/restart a resource (every replica) or one replica by instance id, e.g. from the dashboard.
// The orchestrator is looked up per call: it depends on lifecycle hooks (the dashboard's), which depend
// on this service, and a constructor dependency would close that cycle.
public sealed class ResourceCommandService(IServiceProvider services)
{
    private Orchestrator Orchestrator => services.GetRequiredService<Orchestrator>();

    public Task StopAsync(string nameOrInstanceId, CancellationToken cancellationToken = default) =>
        Task.WhenAll(Orchestrator.FindSupervisors(nameOrInstanceId).Select(s => s.StopAsync(cancellationToken)));

    public Task StartAsync(string nameOrInstanceId, CancellationToken cancellationToken = default) =>
        Task.WhenAll(Orchestrator.FindSupervisors(nameOrInstanceId).Select(s => s.StartAsync(cancellationToken)));

    public Task RestartAsync(string nameOrInstanceId, CancellationToken cancellationToken = default) =>
        Task.WhenAll(Orchestrator.FindSupervisors(nameOrInstanceId).Select(s => s.RestartAsync(cancellationToken)));
}
