using Hosting.ApplicationModel;
using Hosting.Integrations.Containers;
using Hosting.Integrations.Repository;
using Microsoft.Extensions.Configuration;

namespace Hosting.Integrations.Prometheus;

// Prometheus with prometheus.yml generated from the app model each time it starts: a container when
// a runtime answers (targets through the host gateway), else the Debian executable on loopback.
public sealed class PrometheusResource(string name, RepositoryLayout? repository, ContainerRuntimeProvider containers)
    : Resource(name), IResourceWithEndpoints, IResourceWithWaitSupport, IResourceWithLaunchSpec
{
    public const string ScrapeIntervalSetting = "Prometheus:ScrapeInterval";
    public const string ConfigFileName = "prometheus.yml";

    public RepositoryLayout? Repository { get; } = repository;
    // Set by WithScrapeInterval; wins over configuration and prometheus/prometheus.base.yml.
    public TimeSpan? ScrapeInterval { get; set; }
    public EndpointReference HttpEndpoint => new(this, "http");

    public IEnumerable<IResourceWithEndpoints> ScrapeTargets =>
        Annotations.OfType<PrometheusScrapeTargetAnnotation>().Select(a => a.Target).Distinct();

    private string? PrometheusDirectory =>
        Repository is not null && Directory.Exists(Repository.PrometheusDirectory) ? Repository.PrometheusDirectory : null;

    public TimeSpan? ExplicitScrapeInterval(IConfiguration configuration) =>
        ScrapeInterval ?? (configuration[ScrapeIntervalSetting] is { Length: > 0 } text ? PrometheusDuration.Parse(text) : null);

    // What Grafana's datasource is told the interval is.
    public TimeSpan EffectiveScrapeInterval(IConfiguration configuration) =>
        ExplicitScrapeInterval(configuration) ?? PrometheusBaseConfig.Load(PrometheusDirectory).ScrapeInterval ?? PrometheusConfig.DefaultScrapeInterval;

    // The generated prometheus.yml; prometheusDirectory is where Prometheus itself sees the rules.
    public string GenerateConfig(IConfiguration configuration, string? targetHost, string? prometheusDirectory) =>
        PrometheusConfigWriter.Write(PrometheusConfigComposer.Compose(
            PrometheusBaseConfig.Load(PrometheusDirectory),
            PrometheusRuleFiles.RelativePaths(PrometheusDirectory),
            prometheusDirectory,
            PrometheusScrapeJobs.From(ScrapeTargets, configuration, targetHost),
            ExplicitScrapeInterval(configuration)));

    public LaunchSpec CreateLaunchSpec(LaunchContext context)
    {
        var port = context.Endpoint("http").Port;
        var runtime = containers.Runtime;
        var configFile = Path.Combine(context.RunDirectory, ConfigFileName);
        if (runtime.IsAvailable)
        {
            var rules = PrometheusDirectory is null ? null : PrometheusLaunch.ContainerRepositoryDirectory;
            File.WriteAllText(configFile, GenerateConfig(context.Configuration, ContainerRunOptions.HostGateway, rules));
            return PrometheusLaunch.Container(runtime.Command!, $"{context.InstanceId}-{context.RunId}", port, configFile,
                PrometheusDirectory, containers.EnsureNetwork(context.RunId), Name);
        }

        File.WriteAllText(configFile, GenerateConfig(context.Configuration, targetHost: null, PrometheusDirectory));
        var data = Directory.CreateDirectory(Path.Combine(context.RunDirectory, $"data-{context.ReplicaIndex}")).FullName;
        return new ProcessLaunchSpec
        {
            FileName = PrometheusLaunch.Executable,
            Args = PrometheusLaunch.ExecutableArguments(configFile, data, port),
            WorkingDirectory = context.RunDirectory,
            Environment = context.Environment,
            DebianPackage = PrometheusLaunch.DebianPackage,
        };
    }
}
