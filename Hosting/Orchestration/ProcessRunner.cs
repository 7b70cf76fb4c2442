using System.Diagnostics;
using Hosting.ApplicationModel;

namespace Hosting.Orchestration;

// Starts a child as `setpriv --pdeathsig KILL -- setsid <cmd>`: it dies with the AppHost and leads its own
// process group, so a stop can signal the whole tree. Both tools come from util-linux; without them the
// child is started directly (and would outlive a SIGKILLed AppHost).
public sealed class ProcessRunner
{
    private static readonly string? Setpriv = ExecutableLocator.Find("setpriv");
    private static readonly string? Setsid = ExecutableLocator.Find("setsid");

    public async Task<IRunningResource> StartAsync(ProcessLaunchSpec spec, Action<LogStream, string> output, CancellationToken cancellationToken)
    {
        var executable = ExecutableLocator.Find(spec.FileName)
            ?? throw new DistributedApplicationException(LaunchErrors.MissingExecutable(spec.FileName, spec.DebianPackage));
        if (!Directory.Exists(spec.WorkingDirectory))
            throw new DistributedApplicationException($"working directory '{spec.WorkingDirectory}' does not exist.");
        cancellationToken.ThrowIfCancellationRequested();

        var psi = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Children must not read the AppHost's terminal; Ctrl+C reaches only the AppHost's process group.
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = spec.WorkingDirectory,
        };
        if (Setpriv is not null && Setsid is not null)
        {
            psi.FileName = Setpriv;
            foreach (var a in (string[])["--pdeathsig", "KILL", "--", Setsid, executable]) psi.ArgumentList.Add(a);
        }
        else
        {
            psi.FileName = executable;
        }
        foreach (var a in spec.Args) psi.ArgumentList.Add(a);
        foreach (var (key, value) in spec.Environment) psi.Environment[key] = value;

        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output(LogStream.Stdout, e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output(LogStream.Stderr, e.Data); };
        try
        {
            await ProcessLauncher.StartAsync(process);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            process.Dispose();
            throw new DistributedApplicationException($"could not start '{executable}': {e.Message}", e);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new RunningProcess(process, CommandLine.Format(executable, spec.Args));
    }
}
