using Hosting.ApplicationModel;
using Hosting.Integrations.Redis;
using Hosting.Tests.Integrations.Repository;
using TestSupport;

namespace Hosting.Tests.Integrations.Wiring;

// The integrations run by the real orchestrator without a container runtime: Redis and Prometheus
// start from their launch specs, pass their probes and stop with the app; Grafana is NotStarted, with why.
public class UnderTheOrchestratorTests
{
    [Fact]
    public async Task RedisAndPrometheusRunAndGrafanaIsNotStartedWithoutAContainerRuntime()
    {
        using var runDirectory = new TempDirectory();
        var builder = new DistributedApplicationBuilder(
        [
            "--Hosting:RandomizePorts=true", $"--Hosting:RunDirectory={runDirectory.Path}", "--Hosting:ConsoleOutput=false",
            "--Hosting:ContainerRuntime=none", "--Dashboard:Enabled=false",
        ], Path.Combine(TestRepository.Layout.Root, "AppHost"));
        var cache = builder.AddRedis("cache");
        var prometheus = builder.AddPrometheus("prometheus").WithHttpEndpoint(port: 9090).WithScrapeInterval(TimeSpan.FromSeconds(1));
        builder.AddGrafana("grafana").WithHttpEndpoint(port: 3000).WithDataSource(prometheus);

        await using var app = builder.Build();
        using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60))) await app.StartAsync(deadline.Token);
        var running = new[] { "cache-0", "prometheus-0" }.Select(id => app.ResourceNotifications.GetSnapshot(id)!).ToList();
        var grafana = app.ResourceNotifications.GetSnapshot("grafana-0")!;

        Assert.All(running, s => Assert.True(s.IsHealthyAndRunning, $"{s.Name}: {s.State} {s.Message}"));
        Assert.Equal(ResourceState.NotStarted, grafana.State);
        Assert.StartsWith("Grafana needs a container runtime (docker/podman); Hosting:ContainerRuntime=none.", grafana.Message);
        Assert.True(await new RedisPingProbe("127.0.0.1", cache.Resource.PrimaryEndpoint.Port, cache.Resource.PasswordParameter.Value).IsHealthyAsync());
        Assert.DoesNotContain(cache.Resource.PasswordParameter.Value, running[0].CommandLine);
        Assert.NotEqual(9090, prometheus.Resource.HttpEndpoint.Port);
        using var http = new HttpClient();
        Assert.Contains("scrape_interval: 1s", await http.GetStringAsync($"{prometheus.Resource.HttpEndpoint.Url}/api/v1/status/config"));

        await app.StopAsync();

        Assert.All(running, s => Assert.False(Posix.IsAlive(s.Pid!.Value), $"{s.Name} pid {s.Pid} still alive"));
    }
}
