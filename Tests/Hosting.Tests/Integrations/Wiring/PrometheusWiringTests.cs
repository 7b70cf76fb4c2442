using System.Text.Json;
using Hosting.ApplicationModel;
using Hosting.Integrations.Containers;
using Hosting.Integrations.Prometheus;
using Hosting.Orchestration;
using Hosting.Tests.Integrations.Repository;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TestSupport;

namespace Hosting.Tests.Integrations.Wiring;

public class PrometheusWiringTests
{
    private static (IResourceBuilder<PrometheusResource> Prometheus, IResourceBuilder<ProjectResource> Api, IResourceBuilder<ProjectResource> Predictor)
        Model(IntegrationModel model, int prometheusPort = 9090)
    {
        var predictor = model.Builder.AddProject("predictor", FakeProject.Named("Predictor")).WithReplicas(2);
        var api = model.Builder.AddProject("api", FakeProject.Named("Api")).WithHttpEndpoint(port: 8000);
        var prometheus = model.Builder.AddPrometheus("prometheus").WithHttpEndpoint(port: 9090).WithScrapeTargets(api, predictor);
        IntegrationModel.Allocate(api.Resource, "http", 8000);
        IntegrationModel.Allocate(predictor.Resource, "http", 41234, 41235);
        IntegrationModel.Allocate(prometheus.Resource, "http", prometheusPort);
        return (prometheus, api, predictor);
    }

    private static string ScrapeConfigs(string yaml) => yaml[yaml.IndexOf("scrape_configs:", StringComparison.Ordinal)..];

    [Fact]
    public void WithoutAContainerRuntimePrometheusIsTheExecutableScrapingLoopback()
    {
        using var model = new IntegrationModel(ContainerRuntimeMode.None);
        var (prometheus, _, _) = Model(model);

        var spec = Assert.IsType<ProcessLaunchSpec>(model.Launch(prometheus.Resource));

        var directory = Path.Combine(model.RunDirectory, "prometheus");
        Assert.Equal("prometheus", spec.FileName);
        Assert.Equal("prometheus", spec.DebianPackage);
        Assert.Equal(
            [$"--config.file={directory}/prometheus.yml", $"--storage.tsdb.path={directory}/data-0", "--web.listen-address=127.0.0.1:9090", "--web.enable-lifecycle"],
            spec.Args);
        var yaml = File.ReadAllText(Path.Combine(directory, "prometheus.yml"));
        Assert.Equal("""
            scrape_configs:
              - job_name: 'api'
                metrics_path: '/metrics'
                static_configs:
                  - targets:
                      - '127.0.0.1:8000'
              - job_name: 'predictor'
                metrics_path: '/metrics'
                static_configs:
                  - targets:
                      - '127.0.0.1:41234'
                      - '127.0.0.1:41235'

            """, ScrapeConfigs(yaml));
        Assert.Contains($"  - '{TestRepository.Layout.PrometheusDirectory}/rules/", yaml);
        Assert.Contains("  scrape_interval: 5s\n", yaml);
    }

    [Fact]
    public void WithDockerTargetsGoThroughTheHostGatewayAndRulesThroughTheMount()
    {
        using var model = new IntegrationModel(ContainerRuntimeMode.Docker);
        var (prometheus, _, _) = Model(model);

        var spec = Assert.IsType<ContainerLaunchSpec>(model.Launch(prometheus.Resource));

        var config = Path.Combine(model.RunDirectory, "prometheus", "prometheus.yml");
        Assert.Equal(
            $"docker run -d --name prometheus-0-run1 -p 127.0.0.1:9090:9090 -v {config}:/etc/prometheus/prometheus.yml:ro " +
            $"-v {TestRepository.Layout.PrometheusDirectory}:/etc/prometheus/repo:ro " +
            "--add-host=host.docker.internal:host-gateway --network=aspire-metrics-run1 --network-alias=prometheus " +
            "prom/prometheus:v2.53.3 --config.file=/etc/prometheus/prometheus.yml --storage.tsdb.path=/prometheus " +
            "--web.listen-address=0.0.0.0:9090 --web.enable-lifecycle",
            $"{spec.Runtime} {string.Join(' ', ContainerCommandLine.Run(spec))}");
        var yaml = File.ReadAllText(config);
        Assert.Contains("      - 'host.docker.internal:41234'\n      - 'host.docker.internal:41235'\n", yaml.Replace("          ", "      "));
        Assert.Contains("  - '/etc/prometheus/repo/rules/", yaml);
        Assert.DoesNotContain("127.0.0.1", yaml);
        Assert.Equal(["docker network create aspire-metrics-run1"], model.Runner.Asked.Where(c => c.Contains("network")));
    }

    [Fact]
    public async Task ABearerTokenInTheAppHostReachesBothPrometheusAndTheTargets()
    {
        using var model = new IntegrationModel(ContainerRuntimeMode.None, new()
        {
            ["Metrics:Prometheus:BearerToken"] = "tok3n",
            ["Prometheus:ScrapeInterval"] = "1s",
        });
        var (prometheus, api, _) = Model(model);

        model.Launch(prometheus.Resource);

        var yaml = File.ReadAllText(Path.Combine(model.RunDirectory, "prometheus", "prometheus.yml"));
        Assert.Contains("    authorization:\n      type: Bearer\n      credentials: 'tok3n'\n", yaml);
        Assert.Contains("  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\n", yaml);
        Assert.Equal("tok3n", (await model.EnvironmentOfAsync(api.Resource))["Metrics__Prometheus__BearerToken"]);
        Assert.Contains(api.Resource.Annotations.OfType<SecretEnvironmentAnnotation>(), a => a.VariableName == "Metrics__Prometheus__BearerToken");
    }

    [Fact]
    public async Task WithoutATokenTheTargetsGetNoTokenVariable()
    {
        using var model = new IntegrationModel(ContainerRuntimeMode.None);
        var (_, api, _) = Model(model);

        Assert.DoesNotContain("Metrics__Prometheus__BearerToken", (await model.EnvironmentOfAsync(api.Resource)).Keys);
    }

    [Fact]
    public async Task RealPrometheusFromTheLaunchSpecBecomesReadyWithTheResourcesProbeAndScrapesEveryReplica()
    {
        using var model = new IntegrationModel(ContainerRuntimeMode.None);
        var (prometheus, _, _) = Model(model, FreePort.Next());
        prometheus.WithScrapeInterval(TimeSpan.FromSeconds(1));
        var spec = Assert.IsType<ProcessLaunchSpec>(model.Launch(prometheus.Resource));
        var probes = prometheus.Resource.Annotations.OfType<HealthProbeAnnotation>().ToList();
        Assert.Equal(["http /-/ready", "targets scraped"], probes.Select(p => p.Name));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var context = IntegrationModel.ProbeContext(prometheus.Resource, http);

        await using var process = ExternalProcess.Start(Tool.Find(spec.FileName, spec.DebianPackage!), spec.Args, spec.WorkingDirectory);

        foreach (var probe in probes)
            await Eventually.TrueAsync(async () => (await probe.Probe(context, CancellationToken.None)).Status == HealthStatus.Healthy,
                TimeSpan.FromSeconds(30), $"prometheus probe '{probe.Name}' healthy");
        var instances = await Eventually.ValueAsync(async () =>
        {
            var json = JsonDocument.Parse(await http.GetStringAsync($"{context.Endpoint().Url}/api/v1/targets"));
            return json.RootElement.GetProperty("data").GetProperty("activeTargets").EnumerateArray()
                .Select(t => t.GetProperty("labels").GetProperty("instance").GetString()!).Order(StringComparer.Ordinal).ToArray();
        }, t => t.Length == 3, TimeSpan.FromSeconds(15), "three targets");
        Assert.Equal(["127.0.0.1:41234", "127.0.0.1:41235", "127.0.0.1:8000"], instances);
    }
}
