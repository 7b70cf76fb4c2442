using Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Hosting.Orchestration;

// Starts resources in dependency order (each replica under its own supervisor), waits until all are
// healthy, and stops them in reverse order. Any start failure is explained, everything started is
// stopped, and the start fails with a DistributedApplicationException.
public sealed class Orchestrator(
    DistributedApplicationModel model,
    IConfiguration configuration,
    HostingOptions options,
    IResourceRunner runner,
    ResourceNotificationService notifications,
    ResourceLoggerService logs,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    IEnumerable<IDistributedApplicationLifecycleHook> hooks) : IHostedService, IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly HttpClient _probeClient = new() { Timeout = options.HealthProbeTimeout };
    private readonly List<(ReplicaSupervisor Supervisor, Task Loop)> _running = [];
    private ConsoleReporter? _console;
    private bool _ownsRunDirectory;
    private bool _disposed;
    private int _stopped;

    public ApplicationPlan? Plan { get; private set; }
    // From the start of the orchestrator to every resource healthy (the benchmark's number).
    public TimeSpan? StartupDuration { get; private set; }
    public IReadOnlyList<ReplicaSupervisor> Supervisors => [.. _running.Select(r => r.Supervisor)];

    public IReadOnlyList<ReplicaSupervisor> FindSupervisors(string nameOrInstanceId)
    {
        var found = Supervisors.Where(s => s.ResourceName == nameOrInstanceId || s.InstanceId == nameOrInstanceId).ToList();
        return found.Count > 0 ? found : throw new KeyNotFoundException($"No resource or replica named '{nameOrInstanceId}'.");
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var started = time.GetTimestamp();
        try
        {
            _ownsRunDirectory = string.IsNullOrEmpty(options.RunDirectory);
            Plan = new ApplicationPlanner(configuration, options).Plan(model);
            if (options.ConsoleOutput) _console = ConsoleReporter.Start(Plan, notifications, logs, _stopping.Token);
            var services = new SupervisorServices(runner, new LaunchSpecFactory(configuration, Plan), notifications, logs,
                new SecretMasker(model), _probeClient, options, time);
            foreach (var replica in Plan.Replicas) await ValidateAsync(services.LaunchSpecs, replica, aborted.Token);
            foreach (var hook in hooks) await hook.AfterEndpointsAllocatedAsync(model, aborted.Token);

            foreach (var resource in Plan.Resources)
                foreach (var replica in resource.Replicas)
                {
                    var supervisor = new ReplicaSupervisor(resource, replica, services);
                    _running.Add((supervisor, Task.Run(() => supervisor.RunAsync(_stopping.Token), CancellationToken.None)));
                }
            await WaitUntilAllHealthyAsync(aborted.Token);
            StartupDuration = time.GetElapsedTime(started);
            if (_console is not null) ConsoleReporter.PrintSummary(Plan, model, notifications, StartupDuration.Value);
            // After the summary, so what hooks print (the dashboard's login URL) is the last thing on screen.
            foreach (var hook in hooks) await hook.AfterResourcesCreatedAsync(model, aborted.Token);
        }
        catch (Exception e) when (e is DistributedApplicationException or OperationCanceledException)
        {
            var failure = e as DistributedApplicationException;
            if (failure is not null) ConsoleReporter.PrintError(failure.Message);
            await StopAsync(CancellationToken.None);
            if (failure is not null) throw;
            throw new DistributedApplicationException("Start cancelled.", e);
        }
    }

    // User errors (missing executable, unbuilt project...) surface before anything starts.
    private static async Task ValidateAsync(LaunchSpecFactory specs, ReplicaPlan replica, CancellationToken cancellationToken)
    {
        try
        {
            await specs.CreateAsync(replica, cancellationToken);
        }
        catch (ResourceSkippedException)
        {
            // Reported by its supervisor as NotStarted, with the reason.
        }
    }

    private async Task WaitUntilAllHealthyAsync(CancellationToken cancellationToken)
    {
        var pending = _running.Select(r => r.Supervisor).ToList();
        var deadline = Task.Delay(options.StartupTimeout, time, cancellationToken);
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending.Select(s => s.FirstHealthy).Append(deadline));
            cancellationToken.ThrowIfCancellationRequested();
            if (done == deadline)
            {
                var slowest = pending[0];
                throw new DistributedApplicationException(LaunchErrors.NeverHealthy(slowest.Replica.DisplayName, options.StartupTimeout,
                    slowest.LastProbe, logs.GetOutputTail(slowest.InstanceId, 15).Select(l => l.Text)));
            }
            await done; // throws the supervisor's explanation when it failed
            pending.RemoveAll(s => s.FirstHealthy.IsCompletedSuccessfully);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        foreach (var hook in hooks)
        {
            try
            {
                await hook.BeforeStopAsync(model, cancellationToken);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                ConsoleReporter.PrintError($"a BeforeStop hook failed: {e.Message}");
            }
        }
        await StopAllAsync();
        foreach (var hook in hooks)
        {
            try
            {
                await hook.AfterStopAsync(model, cancellationToken);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                ConsoleReporter.PrintError($"an AfterStop hook failed: {e.Message}");
            }
        }
    }

    // Reverse start order: whatever depends on a resource stops before it.
    private async Task StopAllAsync()
    {
        if (_disposed) return;
        if (Plan is not null)
        {
            foreach (var resource in Plan.Resources.Reverse())
                await Task.WhenAll(_running.Where(r => r.Supervisor.Replica.Resource == resource.Resource)
                    .Select(r => StopOneAsync(r.Supervisor)));
        }
        await _stopping.CancelAsync();
        await Task.WhenAll(_running.Select(r => r.Loop));
        _console?.Dispose();
        if (_ownsRunDirectory && Plan is not null) TryDelete(Plan.RunDirectory);
    }

    private async Task StopOneAsync(ReplicaSupervisor supervisor)
    {
        using var deadline = new CancellationTokenSource(options.StopTimeout * 2);
        try
        {
            await supervisor.StopAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            supervisor.Kill();
        }
    }

    // Second Ctrl+C: no more grace.
    public void KillAll()
    {
        foreach (var (supervisor, _) in _running) supervisor.Kill();
    }

    private static void TryDelete(string directory)
    {
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public ValueTask DisposeAsync()
    {
        if (_disposed) return ValueTask.CompletedTask;
        _disposed = true;
        KillAll();
        _probeClient.Dispose();
        _stopping.Dispose();
        return ValueTask.CompletedTask;
    }
}
