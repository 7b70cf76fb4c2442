using System.Globalization;
using Hosting.ApplicationModel;
using Hosting.Integrations.Containers;

namespace Hosting.Integrations.Redis;

// How redis-server is started: persistence off (the cache is disposable), password required,
// loopback only; the same settings in the container, which publishes on the host's loopback.
public static class RedisLaunch
{
    public const string Executable = "redis-server";
    public const string DebianPackage = "redis-server";
    public const int ContainerPort = 6379;

    public static IReadOnlyList<string> ExecutableArguments(int port, string password, string dataDirectory) =>
    [
        "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
        "--requirepass", password, "--save", "", "--appendonly", "no", "--dir", dataDirectory,
    ];

    public static ContainerLaunchSpec Container(string runtime, string containerName, int hostPort, string password) => new()
    {
        Runtime = runtime,
        Image = ContainerImages.Redis,
        ContainerName = containerName,
        Ports = [new ContainerPortMapping("127.0.0.1", hostPort, ContainerPort)],
        RunOptions = ContainerRunOptions.For(),
        Environment = new Dictionary<string, string>(),
        Args = ["redis-server", "--requirepass", password, "--save", "", "--appendonly", "no"],
    };

    // Host and port as the projects see them: both modes publish on 127.0.0.1.
    public static string ConnectionString(int port, string password) =>
        string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port},password={password}");
}
