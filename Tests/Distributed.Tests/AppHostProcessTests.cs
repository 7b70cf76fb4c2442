using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Hosting.ApplicationModel;
using TestSupport;

namespace Distributed.Tests;

// The real AppHost executable, as people run it (random ports so it can run beside anything else).
[Collection(AppHostCollection.Name)]
public sealed partial class AppHostProcessTests
{
    private static readonly string AppHostDll = typeof(Program).Assembly.Location;
    private static readonly string[] RandomPorts = ["--Hosting:RandomizePorts=true"];

    [Fact]
    public async Task SigkillOfTheAppHostLeavesNoChildProcessAndNoPortBehind()
    {
        await using var appHost = ExternalProcess.Start(DotnetHost.Path, [AppHostDll, .. RandomPorts]);
        await WaitUntilUpAsync(appHost);
        var children = Children(appHost.Pid);
        var ports = Ports(appHost.Output);
        Assert.True(children.Count >= 5, $"expected redis, prometheus, api and 2 predictors as children, got {children.Count}:\n{appHost.Output}");

        appHost.KillHard();

        await Eventually.TrueAsync(() => children.All(pid => !Posix.IsAlive(pid)), TimeSpan.FromSeconds(10),
            $"children {string.Join(", ", children)} dead after SIGKILL of the AppHost");
        await Eventually.TrueAsync(() => ports.All(p => !Listening(p)), TimeSpan.FromSeconds(10), $"ports {string.Join(", ", ports)} free");
    }

    [Fact]
    public async Task SigtermStopsEverythingAndExitsWithCodeZero()
    {
        await using var appHost = ExternalProcess.Start(DotnetHost.Path, [AppHostDll, .. RandomPorts]);
        await WaitUntilUpAsync(appHost);
        var children = Children(appHost.Pid);

        Posix.Kill(appHost.Pid, Posix.SIGTERM);

        await Eventually.TrueAsync(() => appHost.HasExited, TimeSpan.FromSeconds(30), "AppHost exit after SIGTERM");
        Assert.All(children, pid => Assert.False(Posix.IsAlive(pid)));
        Assert.Matches(@"api\s+\| == Stopping", appHost.Output);
    }

    [Fact]
    public async Task PortInUseIsExplainedAndTheAppHostExitsWithCodeOneLeavingNothingRunning()
    {
        using var busy = new TcpListener(System.Net.IPAddress.Loopback, 0);
        busy.Start();
        var port = ((System.Net.IPEndPoint)busy.LocalEndpoint).Port;
        var psi = new ProcessStartInfo(DotnetHost.Path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])[AppHostDll, $"--Ports:api={port}", "--Ports:prometheus=0", "--Ports:grafana=0", "--Dashboard:Enabled=false"])
            psi.ArgumentList.Add(a);
        using var appHost = Process.Start(psi)!;
        var stderr = appHost.StandardError.ReadToEndAsync();
        var stdout = appHost.StandardOutput.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        await appHost.WaitForExitAsync(deadline.Token);

        Assert.Equal($"error: port {port} for 'api' (http endpoint) is already in use on 127.0.0.1. Stop whatever listens there " +
                     $"(`ss -ltnp 'sport = :{port}'`) or choose another port: --Ports:api=<port> (or env Ports__api).", (await stderr).Trim());
        Assert.Equal(1, appHost.ExitCode);
        Assert.DoesNotContain("started:", await stdout);
    }

    private static async Task WaitUntilUpAsync(ExternalProcess appHost) =>
        await Eventually.TrueAsync(() => appHost.Output.Contains("Press Ctrl+C to stop everything.") || appHost.HasExited,
            TimeSpan.FromSeconds(90), "AppHost up").ContinueWith(t =>
        {
            if (t.IsFaulted || appHost.HasExited) throw new InvalidOperationException($"AppHost did not come up:\n{appHost.Output}", t.Exception);
        });

    // Every direct child of the process (all threads' children).
    private static List<int> Children(int pid)
    {
        var tasks = $"/proc/{pid}/task";
        if (!Directory.Exists(tasks)) return [];
        return [.. Directory.EnumerateDirectories(tasks)
            .SelectMany(t => File.ReadAllText(Path.Combine(t, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(c => int.Parse(c, CultureInfo.InvariantCulture)).Where(Posix.IsAlive)];
    }

    private static List<int> Ports(string output) =>
        [.. UrlPort().Matches(output).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct()];

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:(\d+)")]
    private static partial Regex UrlPort();
}
