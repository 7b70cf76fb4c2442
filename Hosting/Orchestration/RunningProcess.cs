using System.Diagnostics;

namespace Hosting.Orchestration;

internal sealed class RunningProcess : IRunningResource
{
    private readonly Process _process;

    public RunningProcess(Process process, string commandLine)
    {
        _process = process;
        Pid = process.Id;
        CommandLine = commandLine;
        Exited = WaitAsync();
    }

    public string Id => Pid!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public int? Pid { get; }
    public string? ContainerId => null;
    public string CommandLine { get; }
    public Task<int> Exited { get; }

    private async Task<int> WaitAsync()
    {
        await _process.WaitForExitAsync();
        var code = _process.ExitCode;
        _process.Dispose();
        return code;
    }

    public async Task StopAsync(TimeSpan grace, CancellationToken cancellationToken = default)
    {
        if (Exited.IsCompleted) return;
        ProcessSignals.KillGroup(Pid!.Value, ProcessSignals.SIGTERM);
        try
        {
            await Exited.WaitAsync(grace, cancellationToken);
        }
        catch (TimeoutException)
        {
            Kill();
            await Exited;
        }
    }

    public void Kill()
    {
        if (Exited.IsCompleted) return;
        ProcessSignals.KillGroup(Pid!.Value, ProcessSignals.SIGKILL);
        try
        {
            // Descendants that left the group (their own setsid) still belong to the tree.
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or ObjectDisposedException)
        {
            // Already gone.
        }
    }
}
