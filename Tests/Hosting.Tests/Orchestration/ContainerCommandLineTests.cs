using Hosting.ApplicationModel;
using Hosting.Orchestration;

namespace Hosting.Tests.Orchestration;

// No container runtime runs here, so the exact CLI arguments are what can be checked.
public sealed class ContainerCommandLineTests
{
    private static readonly ContainerLaunchSpec Spec = new()
    {
        Runtime = "podman",
        Image = "docker.io/library/redis:7.4",
        ContainerName = "cache-0-ab12cd34",
        Ports = [new ContainerPortMapping("127.0.0.1", 41234, 6379)],
        Mounts = [new ContainerMount("/tmp/run/prometheus.yml", "/etc/prometheus/prometheus.yml", ReadOnly: true)],
        Environment = new Dictionary<string, string> { ["REDIS_PASSWORD"] = "s3cret", ["A"] = "1" },
        Args = ["redis-server", "--requirepass", "s3cret"],
    };

    [Fact]
    public void RunPublishesOnLoopbackMountsAndPassesEnvironmentNamesOnly() =>
        Assert.Equal(
        [
            "run", "-d", "--name", "cache-0-ab12cd34", "-p", "127.0.0.1:41234:6379",
            "-v", "/tmp/run/prometheus.yml:/etc/prometheus/prometheus.yml:ro", "-e", "A", "-e", "REDIS_PASSWORD",
            "docker.io/library/redis:7.4", "redis-server", "--requirepass", "s3cret",
        ], ContainerCommandLine.Run(Spec));

    [Fact]
    public void StopGivesTheGracePeriodInWholeSecondsThenRemoveForces()
    {
        Assert.Equal(["stop", "--time", "3", "abc"], ContainerCommandLine.Stop("abc", TimeSpan.FromMilliseconds(2500)));
        Assert.Equal(["rm", "--force", "abc"], ContainerCommandLine.Remove("abc"));
        Assert.Equal(["logs", "--follow", "abc"], ContainerCommandLine.Logs("abc"));
    }
}
