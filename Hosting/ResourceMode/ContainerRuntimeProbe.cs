using System.Diagnostics;

namespace Aspire.Hosting;

// Asks `docker info`, then `podman info` (Aspire's two runtimes), each with a deadline. A client
// without a daemon answers with an error, which counts as "no runtime"; so does a missing binary.
public sealed class ContainerRuntimeProbe(Func<string, IReadOnlyList<string>, TimeSpan, (bool Succeeded, string Output)> run)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly string[] InfoArguments = ["info", "--format", "{{.ServerVersion}}"];

    public ContainerRuntimeProbe() : this(RunProcess)
    {
    }

    // The runtime that answered ("docker"/"podman") and why; null runtime when none did.
    public (string? Runtime, string Reason) Detect()
    {
        var failures = new List<string>();
        foreach (var runtime in (string[])["docker", "podman"])
        {
            var (succeeded, output) = run(runtime, InfoArguments, Timeout);
            if (succeeded) return (runtime, $"`{runtime} info` answered (server {output.Trim()})");
            failures.Add($"{runtime} info: {FirstLine(output)}");
        }
        return (null, "no container runtime answered (" + string.Join("; ", failures) + ")");
    }

    private static string FirstLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(l => !l.StartsWith("Client", StringComparison.Ordinal)) ?? "no output";

    private static (bool, string) RunProcess(string fileName, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return (false, $"no answer within {timeout.TotalSeconds:0}s");
            }
            return (process.ExitCode == 0, process.ExitCode == 0 ? stdout.Result : stderr.Result + stdout.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (false, e.Message);
        }
    }
}
