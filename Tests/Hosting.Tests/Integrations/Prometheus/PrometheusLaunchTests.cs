using Hosting.Integrations.Containers;
using Hosting.Integrations.Prometheus;
using Hosting.Orchestration;

namespace Hosting.Tests.Integrations.Prometheus;

public class PrometheusLaunchTests
{
    [Fact]
    public void ExecutableArgumentsListenOnLoopbackWithLifecycle() =>
        Assert.Equal(
            ["--config.file=/run/prometheus/prometheus.yml", "--storage.tsdb.path=/run/prometheus/data",
             "--web.listen-address=127.0.0.1:9090", "--web.enable-lifecycle"],
            PrometheusLaunch.ExecutableArguments("/run/prometheus/prometheus.yml", "/run/prometheus/data", 9090));

    [Fact]
    public void ContainerCommandLineIsExact() =>
        Assert.Equal(
            "run -d --name prometheus-0-ab12cd -p 127.0.0.1:9090:9090 " +
            "-v /run/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro -v /repo/prometheus:/etc/prometheus/repo:ro " +
            "--add-host=host.docker.internal:host-gateway --network=aspire-metrics-ab12cd --network-alias=prometheus " +
            "prom/prometheus:v2.53.3 --config.file=/etc/prometheus/prometheus.yml --storage.tsdb.path=/prometheus " +
            "--web.listen-address=0.0.0.0:9090 --web.enable-lifecycle",
            string.Join(' ', ContainerCommandLine.Run(PrometheusLaunch.Container("docker", "prometheus-0-ab12cd", 9090,
                "/run/prometheus/prometheus.yml", "/repo/prometheus", "aspire-metrics-ab12cd", "prometheus"))));

    [Fact]
    public void WithoutARepositoryOnlyTheConfigIsMounted() =>
        Assert.Single(PrometheusLaunch.Container("podman", "p", 9090, "/run/p.yml", null, null, "prometheus").Mounts);

    [Fact]
    public void RunNetworkIsCreatedAndRemovedByName()
    {
        var network = ContainerNetwork.ForRun("ab12cd");
        Assert.Equal("network create aspire-metrics-ab12cd", string.Join(' ', network.CreateArguments));
        Assert.Equal("network rm --force aspire-metrics-ab12cd", string.Join(' ', network.RemoveArguments));
    }
}
