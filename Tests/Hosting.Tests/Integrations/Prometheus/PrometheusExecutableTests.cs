using System.Text.Json;
using Hosting.Integrations.Prometheus;
using Hosting.Integrations.Repository;
using Hosting.Orchestration;
using Hosting.Tests.Integrations.Repository;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TestSupport;

namespace Hosting.Tests.Integrations.Prometheus;

// The generated config against the real tools: promtool accepts it (rule files included) and a real
// prometheus started with the executable launch arguments becomes ready and loads the jobs.
public class PrometheusExecutableTests
{
    private static readonly RepositoryLayout Repository = TestRepository.Layout;

    private static string GeneratedConfig(IReadOnlyList<PrometheusScrapeJob> jobs, TimeSpan? interval = null) =>
        PrometheusConfigWriter.Write(PrometheusConfigComposer.Compose(
            PrometheusBaseConfig.Load(Repository.PrometheusDirectory),
            PrometheusRuleFiles.RelativePaths(Repository.PrometheusDirectory),
            Repository.PrometheusDirectory, jobs, interval));

    [Fact]
    public async Task PromtoolAcceptsTheGeneratedConfigWithTheRepositoryRules()
    {
        using var dir = new TempDirectory();
        var file = dir.File("prometheus.yml");
        await File.WriteAllTextAsync(file, GeneratedConfig(
        [
            new PrometheusScrapeJob("api", ["127.0.0.1:8000"]),
            new PrometheusScrapeJob("predictor", ["127.0.0.1:41234", "127.0.0.1:41235"]) { BearerToken = "t0ken" },
        ]));

        var result = await Promtool.RunAsync(["check", "config", file]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("rules found", result.Stdout);
    }

    [Fact]
    public async Task RealPrometheusFromTheLaunchArgumentsBecomesReadyWithOneTargetPerReplica()
    {
        using var dir = new TempDirectory();
        var port = FreePort.Next();
        var config = dir.File("prometheus.yml");
        var replicas = new[] { $"127.0.0.1:{FreePort.Next()}", $"127.0.0.1:{FreePort.Next()}" };
        await File.WriteAllTextAsync(config, GeneratedConfig([new PrometheusScrapeJob("predictor", replicas)], TimeSpan.FromSeconds(1)));
        Directory.CreateDirectory(dir.File("data"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var ready = $"http://127.0.0.1:{port}/-/ready";
        Assert.Equal(HealthStatus.Unhealthy, (await HttpHealthProbe.CheckAsync(http, ready, CancellationToken.None)).Status);

        await using var prometheus = ExternalProcess.Start(Tool.Find(PrometheusLaunch.Executable, PrometheusLaunch.DebianPackage),
            PrometheusLaunch.ExecutableArguments(config, dir.File("data"), port));
        await Eventually.TrueAsync(async () => (await HttpHealthProbe.CheckAsync(http, ready, CancellationToken.None)).Status == HealthStatus.Healthy,
            TimeSpan.FromSeconds(30), "prometheus /-/ready");

        var targets = await Eventually.ValueAsync(async () =>
            {
                var json = JsonDocument.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/api/v1/targets"));
                return json.RootElement.GetProperty("data").GetProperty("activeTargets").EnumerateArray()
                    .Select(t => $"{t.GetProperty("labels").GetProperty("job").GetString()} {t.GetProperty("labels").GetProperty("instance").GetString()}")
                    .Order(StringComparer.Ordinal).ToArray();
            }, t => t.Length == 2, TimeSpan.FromSeconds(15), "two predictor targets");
        Assert.Equal(replicas.Select(r => $"predictor {r}").Order(StringComparer.Ordinal), targets);
        var reload = await http.PostAsync($"http://127.0.0.1:{port}/-/reload", null);
        Assert.True(reload.IsSuccessStatusCode, "--web.enable-lifecycle makes /-/reload answer");
    }
}
