using Hosting.ApplicationModel;
using Hosting.Orchestration;
using TestSupport;

namespace Hosting.Tests;

// Whole in-process runs of small models made of real processes (sh, sleep).
public sealed class DistributedApplicationTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private DistributedApplicationBuilder Builder(params string[] args) =>
        new(["--Hosting:ConsoleOutput=false", "--Dashboard:Enabled=false", $"--Hosting:RunDirectory={_dir.File("run")}", "--Hosting:StopTimeout=00:00:02", .. args], _dir.Path);

    private const string Service = "trap 'echo $0 stopping; exit 0' TERM; echo $0 up; while :; do sleep 0.05; done";

    [Fact]
    public async Task MissingExecutableFailsTheStartBeforeAnythingRuns()
    {
        var builder = Builder();
        builder.AddExecutable("first", "sh", ".", "-c", Service, "first");
        builder.AddExecutable("tool", "no-such-tool-xyz", ".");
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync());

        Assert.Equal("'tool' cannot start: executable 'no-such-tool-xyz' was not found on PATH; install it or put it on PATH.", error.Message);
        Assert.All(app.ResourceNotifications.GetSnapshots(), s => Assert.Null(s.Pid));
    }

    [Fact]
    public async Task ResourceThatNeverGetsHealthyFailsTheStartWithItsLastOutputAndIsStopped()
    {
        var builder = Builder("--Hosting:StartupTimeout=00:00:01.5");
        builder.AddExecutable("slow", "sh", ".", "-c", "echo still booting; exec sleep 30").WithHttpEndpoint().WithHttpHealthCheck("/health");
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync());

        Assert.StartsWith("'slow' did not become healthy within 1.5s (last check: http/health: Unhealthy GET http://127.0.0.1:", error.Message);
        Assert.EndsWith("Its last output:\n    still booting", error.Message);
        var pid = app.ResourceNotifications.GetReplicas("slow").Single().Pid!.Value;
        Assert.False(Posix.IsAlive(pid));
    }

    [Fact]
    public async Task ResourceThatExitsDuringStartupFailsTheStartAtOnceWithItsOutput()
    {
        var builder = Builder();
        builder.AddExecutable("broken", "sh", ".", "-c", "echo cannot read config >&2; exit 2").WithHttpEndpoint().WithHttpHealthCheck();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync());

        Assert.StartsWith("'broken' exited with code 2 before it became healthy. Its last output:", error.Message);
        Assert.Contains("cannot read config", error.Message);
    }

    [Fact]
    public async Task ResourcesStartAfterWhatTheyWaitForAndStopInReverseOrder()
    {
        var builder = Builder();
        // Each one is healthy once it wrote its ready file, a moment after it started.
        var readyService = "sleep 0.2; touch $0.ready; " + Service;
        IResourceBuilder<ExecutableResource> Add(string name) => builder.AddExecutable(name, "sh", _dir.Path, "-c", readyService, name)
            .WithHealthProbe("ready-file", (_, _) => Task.FromResult(File.Exists(_dir.File($"{name}.ready"))
                ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy()
                : Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy()));
        var database = Add("database");
        var backend = Add("backend").WaitFor(database);
        Add("frontend").WaitFor(backend);
        await using var app = builder.Build();

        await app.StartAsync();
        await Eventually.TrueAsync(() => app.ResourceLogs.GetLogs().Count(l => l.Text.EndsWith(" up", StringComparison.Ordinal)) == 3,
            TimeSpan.FromSeconds(10), "three services up");
        await app.StopAsync();

        var lines = app.ResourceLogs.GetLogs().Where(l => l.Stream == LogStream.Stdout).Select(l => l.Text).ToList();
        Assert.Equal(["database up", "backend up", "frontend up", "frontend stopping", "backend stopping", "database stopping"], lines);
        Assert.All(app.ResourceNotifications.GetSnapshots(), s => Assert.Equal(ResourceState.Exited, s.State));
    }

    [Fact]
    public async Task SnapshotsMaskSecretsButTheProcessGetsTheRealValue()
    {
        var builder = Builder();
        var password = builder.AddPassword("secret");
        builder.AddExecutable("tool", "sh", ".", "-c", "echo got=$PASSWORD; exec sleep 30").WithEnvironment("PASSWORD", password)
            .WithEnvironment("PLAIN", "visible");
        await using var app = builder.Build();

        await app.StartAsync();
        await Eventually.TrueAsync(() => app.ResourceLogs.GetLogs("tool").Any(l => l.Text.StartsWith("got=", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(10), "tool output");

        var snapshot = app.ResourceNotifications.GetReplicas("tool").Single();
        var environment = snapshot.Environment.ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal(SecretMasker.Hidden, environment["PASSWORD"]);
        Assert.Equal("visible", environment["PLAIN"]);
        Assert.Contains(app.ResourceLogs.GetLogs("tool"), l => l.Text == $"got={password.Resource.Value}");
    }

    [Fact]
    public async Task RestartCommandReplacesTheProcess()
    {
        var builder = Builder();
        builder.AddExecutable("tool", "sleep", ".", "300");
        await using var app = builder.Build();
        await app.StartAsync();
        var before = app.ResourceNotifications.GetReplicas("tool").Single();

        await app.ResourceCommands.RestartAsync("tool");

        var after = await app.ResourceNotifications.WaitForResourceHealthyAsync("tool").WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotEqual(before.Pid, after.Single().Pid);
        Assert.False(Posix.IsAlive(before.Pid!.Value));
    }

    public void Dispose() => _dir.Dispose();
}
