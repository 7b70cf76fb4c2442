using System.Diagnostics;
using System.Globalization;
using Hosting.ApplicationModel;

namespace Hosting.Orchestration;

// Runs containers through the docker or podman CLI. The container's process-equivalent is its id;
// `logs --follow` and `wait` run as children (they die with the AppHost), the container is removed on stop.
public sealed class ContainerRunner(ProcessRunner processes)
{
    public async Task<IRunningResource> StartAsync(ContainerLaunchSpec spec, Action<LogStream, string> output, CancellationToken cancellationToken)
    {
        var runtime = ExecutableLocator.Find(spec.Runtime)
            ?? throw new DistributedApplicationException(LaunchErrors.MissingExecutable(spec.Runtime, spec.Runtime == "podman" ? "podman" : "docker.io"));
        var run = await RunCliAsync(runtime, ContainerCommandLine.Run(spec), spec.Environment, cancellationToken);
        if (run.ExitCode != 0)
            throw new DistributedApplicationException($"`{spec.Runtime} run {spec.Image}` failed (exit {run.ExitCode}): {run.Stderr.Trim()}");
        var id = run.Stdout.Trim();

        var noEnv = new Dictionary<string, string>();
        int? exitCode = null;
        var logs = await processes.StartAsync(Cli(runtime, ContainerCommandLine.Logs(id)), output, cancellationToken);
        var wait = await processes.StartAsync(Cli(runtime, ContainerCommandLine.Wait(id)), (_, line) =>
        {
            if (int.TryParse(line, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code)) exitCode = code;
        }, cancellationToken);
        var exited = WaitForExitAsync(wait, logs, () => exitCode);
        return new RunningContainer(id, runtime, spec, exited, CommandLine.Format(spec.Runtime, ContainerCommandLine.Run(spec)));

        ProcessLaunchSpec Cli(string file, IReadOnlyList<string> args) => new()
        {
            FileName = file, Args = args, WorkingDirectory = Directory.GetCurrentDirectory(), Environment = noEnv,
        };
    }

    private static async Task<int> WaitForExitAsync(IRunningResource wait, IRunningResource logs, Func<int?> exitCode)
    {
        var cliExit = await wait.Exited;
        await logs.StopAsync(TimeSpan.FromSeconds(1));
        return exitCode() ?? cliExit;
    }

    internal static async Task<(int ExitCode, string Stdout, string Stderr)> RunCliAsync(string runtime, IEnumerable<string> args,
        IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        var psi = new ProcessStartInfo(runtime) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }
}
