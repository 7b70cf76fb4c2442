using Hosting.ApplicationModel;

namespace Hosting.Orchestration;

public sealed partial class ReplicaSupervisor
{
    public Task StopAsync(CancellationToken cancellationToken = default)
    {
        SetDesired(false);
        return WaitForStateAsync(s => s.State is ResourceState.Exited or ResourceState.FailedToStart or ResourceState.NotStarted, cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        SetDesired(true);
        return WaitForStateAsync(s => s.State is ResourceState.Starting or ResourceState.Running or ResourceState.Unhealthy, cancellationToken);
    }

    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync(cancellationToken);
        // A restart asked for by a person counts like one after a crash, so the dashboard shows it.
        Update(s => s with { RestartCount = s.RestartCount + 1 });
        await StartAsync(cancellationToken);
    }

    // Immediate SIGKILL of the current instance (second Ctrl+C, failed shutdown).
    public void Kill()
    {
        IRunningResource? current;
        lock (_gate) current = _current;
        current?.Kill();
    }

    private bool IsDesiredRunning()
    {
        lock (_gate) return _desiredRunning;
    }

    private Task CurrentWake()
    {
        lock (_gate) return _wake.Task;
    }

    private void SetDesired(bool running)
    {
        TaskCompletionSource wake;
        lock (_gate)
        {
            _desiredRunning = running;
            wake = _wake;
            _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        wake.TrySetResult();
    }

    private async Task WaitForStateAsync(Func<ResourceSnapshot, bool> predicate, CancellationToken cancellationToken)
    {
        await foreach (var snapshot in _services.Notifications.WatchAsync(cancellationToken))
            if (snapshot.InstanceId == InstanceId && predicate(_services.Notifications.GetSnapshot(InstanceId)!)) return;
    }
}
