using System.Diagnostics;
using TestSupport;

namespace Kubernetes.Tests.Support;

// Aspire's manifest of the real AppHost, written once per test run the way eng/publish-kubernetes.sh writes it
// (`dotnet run --project AppHost -- --publisher manifest`, container mode) into this test assembly's output.
public static class AppHostManifest
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly Lazy<string> Written = new(Write);

    public static string Path => Written.Value;

    private static string Write()
    {
        var directory = System.IO.Path.Combine(AppContext.BaseDirectory, "apphost-manifest");
        Directory.CreateDirectory(directory);
        var path = System.IO.Path.Combine(directory, "aspire-manifest.json");
        File.Delete(path);
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var arg in (string[])["run", "--project", "AppHost", "-c", Configuration, "--no-build", "--no-launch-profile", "--",
                     "--publisher", "manifest", "--output-path", path, "--Hosting:ResourceMode=container"])
            psi.ArgumentList.Add(arg);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The AppHost's manifest publisher did not exit within 2 minutes.");
        }
        if (process.ExitCode != 0 || !File.Exists(path))
            throw new InvalidOperationException($"The AppHost wrote no manifest (exit {process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        return path;
    }
}
