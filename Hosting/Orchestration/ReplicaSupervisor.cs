using Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hosting.Orchestration;

// One supervision loop per replica (as in tye): wait for dependencies, launch, probe health, and after
// EVERY exit back off and launch again. Stop/start commands change the desired state and wake the loop.
public sealed partial class ReplicaSupervisor
{
    private readonly ReplicaPlan _replica;
    private readonly ResourcePlan _resource;
    private readonly SupervisorServices _services;
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _firstHealthy = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _desiredRunning = true;
    private IRunningResource? _current;
    private string _lastProbe = "not probed yet";

    public ReplicaSupervisor(ResourcePlan resource, ReplicaPlan replica, SupervisorServices services)
    {
        _resource = resource;
        _replica = replica;
        _services = services;
        _services.Notifications.Publish(new ResourceSnapshot
        {
            Name = replica.Resource.Name,
            ResourceType = ResourceTypes.Of(replica.Resource),
            ReplicaIndex = replica.Index,
            InstanceId = replica.InstanceId,
            Urls = [.. replica.Endpoints.Values.Select(e => e.Url)],
        });
    }

    public ReplicaPlan Replica => _replica;
    public string InstanceId => _replica.InstanceId;
    public string ResourceName => _replica.Resource.Name;
    public string LastProbe => _lastProbe;

    // Completes once the replica is first healthy; faults when it cannot start or exits before that.
    public Task FirstHealthy => _firstHealthy.Task;

    public async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            await WaitForDependenciesAsync(stopping);
            await SuperviseAsync(stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            _firstHealthy.TrySetCanceled(CancellationToken.None);
        }
    }

    private async Task WaitForDependenciesAsync(CancellationToken stopping)
    {
        if (_resource.WaitsFor.Count == 0) return;
        Update(s => s with { State = ResourceState.Waiting, Message = $"waiting for {string.Join(", ", _resource.WaitsFor.Select(r => r.Name))} to be healthy" });
        foreach (var dependency in _resource.WaitsFor)
        {
            var replicas = await _services.Notifications.WaitForResourceAsync(dependency.Name,
                s => s.IsHealthyAndRunning || s is { State: ResourceState.NotStarted, Message: not null }, stopping);
            if (replicas.FirstOrDefault(r => r.State == ResourceState.NotStarted) is { } skipped)
            {
                var message = $"it waits for '{dependency.Name}', which is not started: {skipped.Message}";
                Update(s => s with { State = ResourceState.FailedToStart, Message = message });
                _firstHealthy.TrySetException(new DistributedApplicationException($"'{_replica.DisplayName}' cannot start: {message}"));
                await Task.Delay(Timeout.Infinite, stopping);
            }
        }
    }

    private async Task SuperviseAsync(CancellationToken stopping)
    {
        var consecutiveExits = 0;
        while (!stopping.IsCancellationRequested)
        {
            var wake = CurrentWake();
            if (!IsDesiredRunning())
            {
                await wake.WaitAsync(stopping);
                continue;
            }

            var instance = await LaunchAsync(stopping);
            if (instance is null && !IsDesiredRunning()) continue;
            var startedAt = _services.Time.GetUtcNow();
            if (instance is not null)
            {
                var stopRequested = await RunUntilExitOrStopAsync(instance, stopping);
                if (stopRequested || stopping.IsCancellationRequested) continue;
                if (_services.Time.GetUtcNow() - startedAt >= _resource.RestartPolicy.ResetAfter) consecutiveExits = 0;
            }
            if (!_resource.RestartPolicy.Enabled)
            {
                lock (_gate) _desiredRunning = false;
                continue;
            }

            var delay = RestartBackoff.Delay(_resource.RestartPolicy, consecutiveExits++);
            Log($"restarting in {delay.TotalSeconds:0.###}s (exit #{consecutiveExits} in a row)");
            wake = CurrentWake();
            var delayTask = Task.Delay(delay, _services.Time, stopping);
            await Task.WhenAny(delayTask, wake);
            stopping.ThrowIfCancellationRequested();
            if (!IsDesiredRunning()) continue; // stopped meanwhile: no restart.
            Update(s => s with { RestartCount = s.RestartCount + 1 });
        }
    }

    private async Task<IRunningResource?> LaunchAsync(CancellationToken stopping)
    {
        Update(s => s with { State = ResourceState.Starting, Message = null, ExitCode = null, HealthStatus = null, HealthReports = [] });
        try
        {
            var spec = await _services.LaunchSpecs.CreateAsync(_replica, stopping);
            var instance = await _services.Runner.StartAsync(spec, Output, stopping);
            lock (_gate) _current = instance;
            Log($"started: {_services.Secrets.MaskText(instance.CommandLine)} ({(instance.Pid is { } pid ? $"pid {pid}" : $"container {instance.ContainerId}")})");
            Update(s => s with
            {
                State = ResourceState.Starting,
                Pid = instance.Pid,
                ContainerId = instance.ContainerId,
                StartedAt = _services.Time.GetUtcNow(),
                StoppedAt = null,
                CommandLine = _services.Secrets.MaskText(instance.CommandLine),
                Environment = [.. spec.Environment.OrderBy(kv => kv.Key, StringComparer.Ordinal)
                    .Select(kv => KeyValuePair.Create(kv.Key, _services.Secrets.Mask(_replica.Resource, kv.Key, kv.Value)))],
            });
            return instance;
        }
        catch (ResourceSkippedException e)
        {
            Log(e.Message);
            lock (_gate) _desiredRunning = false;
            Update(s => s with { State = ResourceState.NotStarted, Message = e.Message });
            _firstHealthy.TrySetResult();
            return null;
        }
        catch (DistributedApplicationException e)
        {
            Log($"failed to start: {e.Message}");
            Update(s => s with { State = ResourceState.FailedToStart, Message = e.Message });
            _firstHealthy.TrySetException(new DistributedApplicationException($"'{_replica.DisplayName}' failed to start: {e.Message}", e));
            return null;
        }
    }

    // Returns true when the run ended because a stop was requested (or the app is stopping).
    private async Task<bool> RunUntilExitOrStopAsync(IRunningResource instance, CancellationToken stopping)
    {
        using var probing = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var health = MonitorHealthAsync(probing.Token);
        var wake = CurrentWake();
        while (!instance.Exited.IsCompleted && IsDesiredRunning() && !stopping.IsCancellationRequested)
        {
            await Task.WhenAny(instance.Exited, wake, Task.Delay(Timeout.Infinite, stopping));
            wake = CurrentWake();
        }
        var stopRequested = !instance.Exited.IsCompleted;
        if (stopRequested) await StopInstanceAsync(instance);
        await probing.CancelAsync();
        await health.ContinueWith(_ => { }, TaskScheduler.Default);

        var exitCode = await instance.Exited;
        lock (_gate) _current = null;
        Log(stopRequested ? $"stopped (exit code {exitCode})" : $"exited with code {exitCode}");
        Update(s => s with { State = ResourceState.Exited, ExitCode = exitCode, StoppedAt = _services.Time.GetUtcNow(), HealthStatus = null });
        if (!stopRequested && !_firstHealthy.Task.IsCompleted)
            _firstHealthy.TrySetException(new DistributedApplicationException(
                $"'{_replica.DisplayName}' exited with code {exitCode} before it became healthy. Its last output:\n    " +
                string.Join("\n    ", _services.Logs.GetOutputTail(_replica.InstanceId, 15).Select(l => l.Text))));
        return stopRequested;
    }

    private async Task StopInstanceAsync(IRunningResource instance)
    {
        Update(s => s with { State = ResourceState.Stopping });
        await instance.StopAsync(_services.Options.StopTimeout);
    }

    private async Task MonitorHealthAsync(CancellationToken cancellationToken)
    {
        var probes = _replica.Resource.Annotations.OfType<HealthProbeAnnotation>().ToList();
        if (probes.Count == 0)
        {
            Update(s => s with { State = ResourceState.Running, HealthStatus = HealthStatus.Healthy });
            _firstHealthy.TrySetResult();
            return;
        }
        var everHealthy = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            var results = await Task.WhenAll(probes.Select(p => ProbeAsync(p, cancellationToken)));
            if (cancellationToken.IsCancellationRequested) return;
            var healthy = results.All(r => r.Status == HealthStatus.Healthy);
            everHealthy |= healthy;
            _lastProbe = string.Join("; ", results.Select(r => $"{r.Name}: {r.Status} {r.Description}"));
            Update(s => s with
            {
                State = healthy ? ResourceState.Running : everHealthy ? ResourceState.Unhealthy : ResourceState.Starting,
                HealthStatus = healthy ? HealthStatus.Healthy : HealthStatus.Unhealthy,
                HealthReports = results,
            });
            if (healthy) _firstHealthy.TrySetResult();
            var interval = healthy ? _services.Options.HealthProbeIntervalWhenHealthy : _services.Options.HealthProbeInterval;
            await Task.Delay(interval, _services.Time, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task<HealthReportSnapshot> ProbeAsync(HealthProbeAnnotation probe, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_services.Options.HealthProbeTimeout);
        HealthCheckResult result;
        try
        {
            result = await probe.Probe(new HealthProbeContext
            {
                Resource = _replica.Resource, ReplicaIndex = _replica.Index, Endpoints = _replica.Endpoints, Http = _services.ProbeClient,
            }, timeout.Token);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            result = HealthCheckResult.Unhealthy($"{e.GetType().Name}: {e.Message}");
        }
        return new HealthReportSnapshot(probe.Name, result.Status, result.Description, _services.Time.GetUtcNow());
    }

    private void Output(LogStream stream, string line) =>
        _services.Logs.Write(_replica.Resource.Name, _replica.InstanceId, _replica.Index, stream, line);

    private void Log(string text) =>
        _services.Logs.Write(_replica.Resource.Name, _replica.InstanceId, _replica.Index, LogStream.System, text);

    private void Update(Func<ResourceSnapshot, ResourceSnapshot> change) => _services.Notifications.Update(_replica.InstanceId, change);
}
