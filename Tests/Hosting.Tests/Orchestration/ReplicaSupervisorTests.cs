using Hosting.ApplicationModel;
using Hosting.Orchestration;
using Hosting.Tests.Support;
using TestSupport;

namespace Hosting.Tests.Orchestration;

// A real process that keeps exiting, supervised on fake time: the backoff follows EVERY exit.
public sealed class ReplicaSupervisorTests : IDisposable
{
    private readonly TestModel _model = new();
    private readonly FakeTimeProvider _time = new();
    private readonly ResourceNotificationService _notifications = new();
    private readonly CancellationTokenSource _stopping = new();

    [Fact]
    public async Task ProcessThatKeepsExitingIsRestartedAfterADoublingDelay()
    {
        _model.Builder.AddExecutable("crasher", "sh", ".", "-c", "echo boom; exit 3")
            .WithRestartPolicy(new RestartPolicyAnnotation(true, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), TimeSpan.FromHours(1)));
        var loop = Start(out _);

        await WaitForExitWithPendingRestartAsync(restarts: 0);
        Assert.Equal(3, Snapshot().ExitCode);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(0, Snapshot().RestartCount);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await WaitForExitWithPendingRestartAsync(restarts: 1);
        _time.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.Equal(1, Snapshot().RestartCount);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await WaitForExitWithPendingRestartAsync(restarts: 2);

        await _stopping.CancelAsync();
        await loop;
    }

    [Fact]
    public async Task StopCommandCancelsAPendingRestartAndStartLaunchesAgain()
    {
        _model.Builder.AddExecutable("crasher", "sh", ".", "-c", "exit 1")
            .WithRestartPolicy(new RestartPolicyAnnotation(true, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), TimeSpan.FromHours(1)));
        var loop = Start(out var supervisor);
        await WaitForExitWithPendingRestartAsync(restarts: 0);

        await supervisor.StopAsync();
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(ResourceState.Exited, Snapshot().State);
        Assert.Equal(0, Snapshot().RestartCount);

        await supervisor.StartAsync();
        await Eventually.TrueAsync(() => Snapshot().StartedAt is not null && Snapshot().State == ResourceState.Exited && _time.PendingTimers == 1,
            TimeSpan.FromSeconds(10), "a second run after Start");

        await _stopping.CancelAsync();
        await loop;
    }

    [Fact]
    public async Task WithoutRestartPolicyAnExitedProcessStaysExited()
    {
        _model.Builder.AddExecutable("once", "sh", ".", "-c", "exit 0").WithRestartPolicy(RestartPolicyAnnotation.Never);
        var loop = Start(out _);

        await Eventually.TrueAsync(() => Snapshot().State == ResourceState.Exited, TimeSpan.FromSeconds(10), "exit");

        Assert.Equal(0, _time.PendingTimers);
        Assert.Equal(0, Snapshot().ExitCode);
        await _stopping.CancelAsync();
        await loop;
    }

    private Task Start(out ReplicaSupervisor supervisor)
    {
        var plan = _model.Plan();
        var services = new SupervisorServices(new ResourceRunner(), new LaunchSpecFactory(_model.Builder.Configuration, plan), _notifications,
            new ResourceLoggerService(100, _time), new SecretMasker(_model.Model), new HttpClient(), _model.Options, _time);
        var s = new ReplicaSupervisor(plan.Resources[0], plan.Replicas.Single(), services);
        supervisor = s;
        return Task.Run(() => s.RunAsync(_stopping.Token));
    }

    private ResourceSnapshot Snapshot() => _notifications.GetSnapshots().Single();

    private Task WaitForExitWithPendingRestartAsync(int restarts) =>
        Eventually.TrueAsync(() => Snapshot() is { State: ResourceState.Exited } s && s.RestartCount == restarts && _time.PendingTimers == 1,
            TimeSpan.FromSeconds(10), $"exit number {restarts + 1} with a restart pending");

    public void Dispose()
    {
        _stopping.Cancel();
        _model.Dispose();
    }
}
