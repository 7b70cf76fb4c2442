using Hosting.Tests.Integrations.Repository;
using TestSupport;

namespace Hosting.Tests.Integrations.Wiring;

// The integrations run by the real orchestrator (executable mode): Redis and Prometheus start from
// their launch specs, pass their probes, and stop with the app.
public class UnderTheOrchestratorTests
{
    [Fact]
    public async Task RedisAndPrometheusStartHealthyAndStopWithTheApp()
    {
        using var runDirectory = new TempDirectory();
        var builder = new DistributedApplicationBuilder(
        [
            "--Hosting:RandomizePorts=true", $"--Hosting:RunDirectory={runDirectory.Path}", "--Hosting:ConsoleOutput=true",
            "--Hosting:ContainerRuntime=none",
        ], Path.Combine(TestRepository.Layout.Root, "AppHost"));
        var cache = builder.AddRedis("cache");
        var prometheus = builder.AddPrometheus("prometheus").WithHttpEndpoint(port: 9090).WithScrapeInterval(TimeSpan.FromSeconds(1));

        await using var app = builder.Build();
        using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(40))) await app.StartAsync(deadline.Token);
        var pids = new[] { "cache-0", "prometheus-0" }.Select(id => app.ResourceNotifications.GetSnapshot(id)!).ToList();

        Assert.All(pids, s => Assert.True(s.IsHealthyAndRunning, $"{s.Name}: {s.State} {s.Message}"));
        Assert.True(await new Hosting.Integrations.Redis.RedisPingProbe("127.0.0.1", cache.Resource.PrimaryEndpoint.Port,
            cache.Resource.PasswordParameter.Value).IsHealthyAsync());
        Assert.NotEqual(9090, prometheus.Resource.HttpEndpoint.Port);
        Assert.DoesNotContain(cache.Resource.PasswordParameter.Value, pids[0].CommandLine);
        using var http = new HttpClient();
        Assert.Contains("scrape_interval: 1s", await http.GetStringAsync($"{prometheus.Resource.HttpEndpoint.Url}/api/v1/status/config"));

        await app.StopAsync();

        Assert.All(pids, s => Assert.False(Posix.IsAlive(s.Pid!.Value), $"{s.Name} pid {s.Pid} still alive"));
    }
}
