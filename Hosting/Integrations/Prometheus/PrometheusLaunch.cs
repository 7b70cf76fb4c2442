using System.Globalization;
using Hosting.ApplicationModel;
using Hosting.Integrations.Containers;

namespace Hosting.Integrations.Prometheus;

// Prometheus 2.x flags (Debian ships 2.42, the image is 2.53): lifecycle on so `/-/reload` works.
public static class PrometheusLaunch
{
    public const string Executable = "prometheus";
    public const string DebianPackage = "prometheus";
    public const int ContainerPort = 9090;
    public const string ContainerConfigFile = "/etc/prometheus/prometheus.yml";
    // The repository's prometheus/ folder, mounted whole so rule_files keep their relative layout.
    public const string ContainerRepositoryDirectory = "/etc/prometheus/repo";

    public static IReadOnlyList<string> ExecutableArguments(string configFile, string dataDirectory, int port) =>
    [
        $"--config.file={configFile}", $"--storage.tsdb.path={dataDirectory}",
        string.Create(CultureInfo.InvariantCulture, $"--web.listen-address=127.0.0.1:{port}"), "--web.enable-lifecycle",
    ];

    // The image's default command is replaced, so every flag it needs is spelled out; the data lives
    // in the container and goes with it, like the executable's per-run directory.
    public static ContainerLaunchSpec Container(string runtime, string containerName, int hostPort, string configFile,
        string? repositoryDirectory, string? network, string alias) => new()
    {
        Runtime = runtime,
        Image = ContainerImages.Prometheus,
        ContainerName = containerName,
        Ports = [new ContainerPortMapping("127.0.0.1", hostPort, ContainerPort)],
        Mounts = repositoryDirectory is null
            ? [new ContainerMount(configFile, ContainerConfigFile, ReadOnly: true)]
            :
            [
                new ContainerMount(configFile, ContainerConfigFile, ReadOnly: true),
                new ContainerMount(repositoryDirectory, ContainerRepositoryDirectory, ReadOnly: true),
            ],
        RunOptions = ContainerRunOptions.For(network, alias),
        Environment = new Dictionary<string, string>(),
        Args =
        [
            $"--config.file={ContainerConfigFile}", "--storage.tsdb.path=/prometheus",
            $"--web.listen-address=0.0.0.0:{ContainerPort}", "--web.enable-lifecycle",
        ],
    };
}
