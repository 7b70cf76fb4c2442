using System.Diagnostics;

namespace TestSupport;

public sealed record ToolResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}

// A command-line tool run to completion (promtool, node, bash scripts, `dotnet` tools): its exit code and both
// outputs. stdin is written, then closed, so a tool that reads it never waits for more; a tool still running at
// the timeout is killed with its children and the run fails.
public static class ToolRun
{
    public static async Task<ToolResult> RunAsync(string fileName, IEnumerable<string> args, string? workingDirectory = null,
        string? stdin = null, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args) psi.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) psi.Environment[name] = value;
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var limit = timeout ?? TimeSpan.FromMinutes(2);
        using var deadline = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(fileName)} {string.Join(' ', psi.ArgumentList)} did not exit within {limit}.");
        }
        return new ToolResult(process.ExitCode, await stdout, await stderr);
    }
}
