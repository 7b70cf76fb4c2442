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
        // Lazy<T> needs a synchronous answer; the publisher runs once per test run.
        var run = ToolRun.RunAsync("dotnet",
            ["run", "--project", "AppHost", "-c", Configuration, "--no-build", "--no-launch-profile", "--",
             "--publisher", "manifest", "--output-path", path, "--Hosting:ResourceMode=container"],
            RepositoryRoot.Path).GetAwaiter().GetResult();
        if (run.ExitCode != 0 || !File.Exists(path))
            throw new InvalidOperationException($"The AppHost wrote no manifest:\n{run}");
        return path;
    }
}
