using System.Diagnostics;

namespace TestSupport;

public sealed record ToolResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}

// promtool from Debian's prometheus package: `check metrics` reads stdin (0 clean, 3 lint, 1 unparsable).
public static class Promtool
{
    public static Task<ToolResult> CheckMetricsAsync(string exposition) => RunAsync(["check", "metrics"], exposition);

    public static async Task<ToolResult> RunAsync(IEnumerable<string> args, string? stdin = null, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo(Tool.Find("promtool", "prometheus"))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null) await p.StandardInput.WriteAsync(stdin);
        p.StandardInput.Close();
        await p.WaitForExitAsync();
        return new ToolResult(p.ExitCode, await stdout, await stderr);
    }
}
