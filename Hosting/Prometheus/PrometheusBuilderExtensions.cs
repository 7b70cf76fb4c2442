using System.Globalization;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Aspire.Hosting;

public static class PrometheusBuilderExtensions
{
    public const string ScrapeIntervalSetting = "Prometheus:ScrapeInterval";
    public const string RuleTimeScaleSetting = "Prometheus:RuleTimeScale";

    // Keeps the exemplars the services write on OpenMetrics bucket lines (trace_id, span_id), so
    // /api/v1/query_exemplars and the graph's "Show exemplars" lead from a slow bucket to its trace.
    public const string ExemplarStorageFlag = "--enable-feature=exemplar-storage";

    // Prometheus as the pinned container when a runtime answers, else Debian's executable on loopback;
    // restarted when it crashes; healthy once every target it knows has been scraped once.
    public static IResourceBuilder<IPrometheusResource> AddPrometheus(this IDistributedApplicationBuilder builder,
        [ResourceName] string name, int? port = null)
    {
        var directory = RunDirectory.Create(builder, name);
        var prometheus = builder.GetResourceMode().UseContainers
            ? AddContainer(builder, name, port, new PrometheusFiles(directory, "host.docker.internal"))
            : AddExecutable(builder, name, port, new PrometheusFiles(directory));
        var resource = prometheus.Resource;

        if (builder.ExecutionContext.IsRunMode)
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PrometheusTargetDiscovery>());
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(resource, (_, _) =>
        {
            WriteConfig(resource, builder.Configuration[ScrapeIntervalSetting], builder.Configuration[RuleTimeScaleSetting]);
            return Task.CompletedTask;
        });
        var healthCheck = $"{name}_first_scrape";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthCheck,
            _ => new PrometheusFirstScrapeHealthCheck(resource), failureStatus: null, tags: null));
        var ui = WebUiPrefix(resource);
        return prometheus
            .WithHealthCheck(healthCheck)
            .WithRestartOnCrash()
            .WithUrlForEndpoint("http", url => url.DisplayText = "Prometheus")
            .WithUrlForEndpoint("http", _ => new ResourceUrlAnnotation { Url = $"{ui}/targets", DisplayText = "Targets" })
            .WithUrlForEndpoint("http", _ => new ResourceUrlAnnotation { Url = $"{ui}/alerts", DisplayText = "Alerts" })
            .WithIconName("ChartMultiple");
    }

    // Where the web UI's pages live. Debian's package (2.42) ships only the classic UI, under /classic (its React UI
    // is not built from source there, so /targets and /alerts answer 404); the pinned image serves the React UI at /.
    public static string WebUiPrefix(IPrometheusResource prometheus) => prometheus is PrometheusExecutableResource ? "/classic" : "";

    public static IResourceBuilder<IPrometheusResource> WithBaseConfig(this IResourceBuilder<IPrometheusResource> builder, string path)
    {
        var fullPath = Path.GetFullPath(path, builder.ApplicationBuilder.AppHostDirectory);
        var annotation = new PrometheusBaseConfigAnnotation(fullPath);
        if (builder.Resource is PrometheusContainerResource container)
            builder.ApplicationBuilder.CreateResourceBuilder(container)
                .WithBindMount(annotation.Directory, PrometheusContainerImageTags.BaseDirectory, isReadOnly: true);
        return builder.WithAnnotation(annotation, ResourceAnnotationMutationBehavior.Replace);
    }

    // One job per target (job = resource name), one discovered target per running replica.
    public static IResourceBuilder<IPrometheusResource> WithScrapeTargets(this IResourceBuilder<IPrometheusResource> builder,
        params IResourceBuilder<IResourceWithEndpoints>[] targets)
    {
        foreach (var target in targets)
        {
            builder.WithAnnotation(new PrometheusScrapeTargetAnnotation(target.Resource));
            builder.WithRelationship(target.Resource, "Scrapes");
        }
        return builder;
    }

    // Test profiles: alerts fire and resolve `scale` times as fast (PrometheusRuleTimeScale).
    public static IResourceBuilder<IPrometheusResource> WithRuleTimeScale(this IResourceBuilder<IPrometheusResource> builder, double scale) =>
        builder.WithAnnotation(new PrometheusRuleTimeScaleAnnotation(scale > 0 && scale <= 1
            ? scale
            : throw new ArgumentOutOfRangeException(nameof(scale), scale, "must be in (0, 1]")), ResourceAnnotationMutationBehavior.Replace);

    public static IResourceBuilder<IPrometheusResource> WithScrapeInterval(this IResourceBuilder<IPrometheusResource> builder, TimeSpan interval) =>
        builder.WithAnnotation(new PrometheusScrapeIntervalAnnotation(interval > TimeSpan.Zero
            ? interval
            : throw new ArgumentOutOfRangeException(nameof(interval), interval, "must be positive")), ResourceAnnotationMutationBehavior.Replace);

    // prometheus.yml and an (empty) discovery file per job, as this Prometheus sees the paths.
    public static void WriteConfig(IPrometheusResource prometheus, string? configuredInterval = null, string? configuredRuleTimeScale = null)
    {
        var inContainer = prometheus is PrometheusContainerResource;
        var baseConfig = prometheus.Annotations.OfType<PrometheusBaseConfigAnnotation>().LastOrDefault();
        var targets = prometheus.Annotations.OfType<PrometheusScrapeTargetAnnotation>().ToList();
        var jobs = targets.Select(a => a.Target.Name).Distinct().ToList();
        var interval = prometheus.Annotations.OfType<PrometheusScrapeIntervalAnnotation>().LastOrDefault()?.Interval
            ?? (string.IsNullOrEmpty(configuredInterval) ? null : ParseInterval(configuredInterval));
        var files = prometheus.Files;
        Directory.CreateDirectory(files.DataDirectory);
        foreach (var job in jobs) files.EnsureTargetsFile(job);
        var baseYaml = baseConfig is null ? null : File.ReadAllText(baseConfig.Path);
        var scale = prometheus.Annotations.OfType<PrometheusRuleTimeScaleAnnotation>().LastOrDefault()?.Scale
            ?? (string.IsNullOrEmpty(configuredRuleTimeScale) ? 1 : double.Parse(configuredRuleTimeScale, CultureInfo.InvariantCulture));
        var scaledRules = scale == 1 || baseConfig is null ? null : WriteScaledRules(files, baseConfig, baseYaml, scale);
        PrometheusFiles.WriteAtomically(files.ConfigFile, PrometheusConfigGenerator.Generate(new(jobs,
            inContainer ? PrometheusContainerImageTags.GeneratedDirectory + "/targets" : files.TargetsDirectory)
        {
            BaseYaml = baseYaml,
            ScaledRulesDirectory = scaledRules is null ? null : inContainer ? PrometheusContainerImageTags.GeneratedDirectory + "/rules" : scaledRules,
            BaseDirectory = inContainer ? PrometheusContainerImageTags.BaseDirectory : baseConfig?.Directory,
            ScrapeInterval = interval,
            HonorLabelsJobs = targets.Where(a => a.HonorLabels).Select(a => a.Target.Name).ToHashSet(),
        }));
    }

    // Time-scaled copies of the base file's rule files, under the run directory's rules/.
    private static string WriteScaledRules(PrometheusFiles files, PrometheusBaseConfigAnnotation baseConfig, string? baseYaml, double scale)
    {
        var directory = Path.Combine(files.Directory, "rules");
        foreach (var ruleFile in PrometheusConfigGenerator.RuleFiles(baseYaml))
        {
            var source = Path.GetFullPath(ruleFile, baseConfig.Directory);
            PrometheusFiles.WriteAtomically(Path.Combine(directory, Path.GetFileName(source)),
                PrometheusRuleTimeScale.Apply(File.ReadAllText(source), scale));
        }
        return directory;
    }

    private static IResourceBuilder<IPrometheusResource> AddExecutable(IDistributedApplicationBuilder builder, string name, int? port,
        PrometheusFiles files)
    {
        var prometheus = new PrometheusExecutableResource(name, files);
        var http = new EndpointReference(prometheus, "http");
        return builder.AddResource(prometheus)
            .WithHttpEndpoint(port: port, name: "http")
            .WithArgs(context =>
            {
                context.Args.Add($"--config.file={files.ConfigFile}");
                context.Args.Add($"--storage.tsdb.path={files.DataDirectory}");
                context.Args.Add(ReferenceExpression.Create($"--web.listen-address=127.0.0.1:{http.Property(EndpointProperty.TargetPort)}"));
                context.Args.Add("--web.enable-lifecycle");
                context.Args.Add(ExemplarStorageFlag);
            });
    }

    private static IResourceBuilder<IPrometheusResource> AddContainer(IDistributedApplicationBuilder builder, string name, int? port,
        PrometheusFiles files)
    {
        return builder.AddResource(new PrometheusContainerResource(name, files))
            .WithImage(PrometheusContainerImageTags.Image, PrometheusContainerImageTags.Tag)
            .WithImageRegistry(PrometheusContainerImageTags.Registry)
            .WithBindMount(files.Directory, PrometheusContainerImageTags.GeneratedDirectory, isReadOnly: true)
            .WithHttpEndpoint(port: port, targetPort: PrometheusContainerImageTags.Port, name: "http")
            // Targets are the services on the host, reached through the gateway by this name.
            .WithContainerRuntimeArgs("--add-host=host.docker.internal:host-gateway")
            .WithArgs(
                $"--config.file={PrometheusContainerImageTags.GeneratedDirectory}/prometheus.yml",
                "--storage.tsdb.path=/prometheus",
                $"--web.listen-address=0.0.0.0:{PrometheusContainerImageTags.Port}",
                "--web.enable-lifecycle",
                ExemplarStorageFlag);
    }

    // "1s", "500ms", "2m", "1h" as Prometheus writes them, or a TimeSpan ("00:00:01").
    public static TimeSpan ParseInterval(string text)
    {
        text = text.Trim();
        if (text.EndsWith("ms", StringComparison.Ordinal)) return TimeSpan.FromMilliseconds(double.Parse(text[..^2], CultureInfo.InvariantCulture));
        if (text.EndsWith('s')) return TimeSpan.FromSeconds(double.Parse(text[..^1], CultureInfo.InvariantCulture));
        if (text.EndsWith('m')) return TimeSpan.FromMinutes(double.Parse(text[..^1], CultureInfo.InvariantCulture));
        if (text.EndsWith('h')) return TimeSpan.FromHours(double.Parse(text[..^1], CultureInfo.InvariantCulture));
        return TimeSpan.Parse(text, CultureInfo.InvariantCulture);
    }
}
