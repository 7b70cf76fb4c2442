namespace Hosting.Orchestration;

// Stop/start/restart a resource (every replica) or one replica by instance id, e.g. from the dashboard.
public sealed class ResourceCommandService(Orchestrator orchestrator)
{
    public Task StopAsync(string nameOrInstanceId, CancellationToken cancellationToken = default) =>
        Task.WhenAll(orchestrator.FindSupervisors(nameOrInstanceId).Select(s => s.StopAsync(cancellationToken)));

    public Task StartAsync(string nameOrInstanceId, CancellationToken cancellationToken = default) =>
        Task.WhenAll(orchestrator.FindSupervisors(nameOrInstanceId).Select(s => s.StartAsync(cancellationToken)));

    public Task RestartAsync(string nameOrInstanceId, CancellationToken cancellationToken = default) =>
        Task.WhenAll(orchestrator.FindSupervisors(nameOrInstanceId).Select(s => s.RestartAsync(cancellationToken)));
}
