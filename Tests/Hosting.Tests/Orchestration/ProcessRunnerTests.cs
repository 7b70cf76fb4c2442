using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Hosting.ApplicationModel;
using Hosting.Orchestration;
using TestSupport;


namespace Hosting.Tests.Orchestration;

// Against real tiny processes (sh, sleep).
public sealed partial class ProcessRunnerTests
{
    private readonly ProcessRunner _runner = new();
    private readonly ConcurrentQueue<(LogStream Stream, string Line)> _output = new();

    private Task<IRunningResource> StartAsync(string command, params string[] args) =>
        _runner.StartAsync(new ProcessLaunchSpec
        {
            FileName = command, Args = args, WorkingDirectory = Path.GetTempPath(),
            Environment = new Dictionary<string, string> { ["GREETING"] = "hello" },
        }, (stream, line) => _output.Enqueue((stream, line)), CancellationToken.None);

    [Fact]
    public async Task OutputLinesArriveWithTheirStreamAndTheExitCodeIsReported()
    {
        var child = await StartAsync("sh", "-c", "echo $GREETING; echo oops >&2; exit 7");

        Assert.Equal(7, await child.Exited.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains((LogStream.Stdout, "hello"), _output);
        Assert.Contains((LogStream.Stderr, "oops"), _output);
    }

    [Fact]
    public async Task ChildLeadsItsOwnProcessGroup()
    {
        var child = await StartAsync("sleep", "30");
        try
        {
            // setpriv and setsid exec in place: same pid, and the group is set once `sleep` runs.
            await Eventually.TrueAsync(() => File.ReadAllText($"/proc/{child.Pid}/comm").Trim() == "sleep", TimeSpan.FromSeconds(10), "sleep running");
            var stat = await File.ReadAllTextAsync($"/proc/{child.Pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            Assert.Equal(child.Pid.ToString(), fields[2]); // pgrp
            Assert.Equal(child.Pid.ToString(), fields[3]); // session
        }
        finally
        {
            child.Kill();
        }
    }

    [Fact]
    public async Task StopSendsSigtermFirstSoTheChildCanExitCleanly()
    {
        var child = await StartAsync("sh", "-c", "trap 'echo bye; exit 0' TERM; echo up; while true; do sleep 0.05; done");
        await Eventually.TrueAsync(() => _output.Contains((LogStream.Stdout, "up")), TimeSpan.FromSeconds(10), "child up");

        await child.StopAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, await child.Exited);
        Assert.Contains((LogStream.Stdout, "bye"), _output);
    }

    [Fact]
    public async Task StopKillsTheWholeTreeWhenSigtermIsIgnored()
    {
        var child = await StartAsync("sh", "-c", "trap '' TERM; sleep 300 & echo grandchild $!; wait");
        var line = await Eventually.ValueAsync(() => Task.FromResult(_output.FirstOrDefault(o => o.Line.StartsWith("grandchild", StringComparison.Ordinal)).Line),
            l => l is not null, TimeSpan.FromSeconds(10), "grandchild pid");
        var grandchild = int.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture);

        await child.StopAsync(TimeSpan.FromMilliseconds(300));

        Assert.Equal(128 + 9, await child.Exited);
        await Eventually.TrueAsync(() => !Posix.IsAlive(grandchild), TimeSpan.FromSeconds(5), "grandchild dead");
    }

    [Fact]
    public async Task MissingExecutableIsAClearErrorNamingThePackage()
    {
        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => _runner.StartAsync(new ProcessLaunchSpec
        {
            FileName = "no-such-prometheus", WorkingDirectory = "/", Environment = new Dictionary<string, string>(), DebianPackage = "prometheus",
        }, (_, _) => { }, CancellationToken.None));

        Assert.Equal("executable 'no-such-prometheus' was not found on PATH; install the Debian package 'prometheus' (sudo apt-get install prometheus).",
            error.Message);
    }

    [Fact]
    public async Task ChildrenDieWhenTheirParentIsKilledWithSigkill()
    {
        var testAssembly = typeof(Support.Program).Assembly.Location;
        await using var parent = ExternalProcess.Start(DotnetHost.Path, [testAssembly, "orphan-parent", "3"]);
        await Eventually.TrueAsync(() => parent.Output.Contains("ready"), TimeSpan.FromSeconds(30), "orphan-parent ready");
        var children = ChildLine().Matches(parent.Output).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, children.Count);
        Assert.All(children, pid => Assert.True(Posix.IsAlive(pid)));

        parent.KillHard();

        await Eventually.TrueAsync(() => children.All(pid => !Posix.IsAlive(pid)), TimeSpan.FromSeconds(10), "every child dead after SIGKILL of the parent");
    }

    [GeneratedRegex(@"^child (\d+)$", RegexOptions.Multiline)]
    private static partial Regex ChildLine();
}
