using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Hosting.Integrations.Containers;

public sealed class ProcessCommandRunner : ICommandRunner
{
    // Exit code reported when the command cannot be started or runs past its timeout.
    public const int NotRun = -1;

    public async Task<CommandResult> RunAsync(string fileName, IReadOnlyList<string> arguments, TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) psi.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = psi };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return new CommandResult(NotRun, $"{fileName}: not installed (not found on PATH)");
        }
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            return new CommandResult(NotRun, $"{fileName} did not answer within {timeout.TotalSeconds:0.#}s");
        }
        process.WaitForExit(); // flushes the asynchronous output readers
        lock (output) return new CommandResult(process.ExitCode, output.ToString().Trim());
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }
}
