namespace Hosting.Orchestration;

// User-facing wording of launch problems, one place so tests can pin it.
public static class LaunchErrors
{
    public static string MissingExecutable(string command, string? debianPackage) =>
        debianPackage is null
            ? $"executable '{command}' was not found on PATH; install it or put it on PATH."
            : $"executable '{command}' was not found on PATH; install the Debian package '{debianPackage}' (sudo apt-get install {debianPackage}).";

    public static string ProjectNotBuilt(string resource, string dllPath, string projectPath) =>
        $"project '{resource}' is not built: '{dllPath}' does not exist. Build it first: " +
        $"`dotnet build {projectPath}` (or build the AppHost, which builds every project it references, with the same -c and --artifacts-path).";

    public static string PortInUse(string resource, string endpoint, int port) =>
        $"port {port} for '{resource}' ({endpoint} endpoint) is already in use on 127.0.0.1. Stop whatever listens there " +
        $"(`ss -ltnp 'sport = :{port}'`) or choose another port: --Ports:{resource}=<port> (or env Ports__{resource}).";

    public static string NeverHealthy(string resource, TimeSpan waited, string lastProbe, IEnumerable<string> lastLogLines)
    {
        var lines = lastLogLines.ToList();
        return $"'{resource}' did not become healthy within {waited.TotalSeconds:0.#}s (last check: {lastProbe})." +
               (lines.Count == 0 ? " It wrote no output." : $" Its last output:\n    {string.Join("\n    ", lines)}");
    }
}
