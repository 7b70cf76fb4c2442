using Hosting.ApplicationModel;
using Hosting.Integrations.Containers;
using Hosting.Integrations.Prometheus;
using Hosting.Integrations.Repository;
using Hosting.Orchestration;

namespace Hosting;

public static class PrometheusBuilderExtensions
{
    // builder.AddPrometheus("prometheus").WithHttpEndpoint(port: 9090).WithScrapeTargets(api, predictor)
    public static IResourceBuilder<PrometheusResource> AddPrometheus(this IDistributedApplicationBuilder builder, string name)
    {
        var prometheus = new PrometheusResource(name, RepositoryLayout.ForBuilder(builder), ContainerRuntimeProvider.For(builder));
        var firstScrapes = new PrometheusTargetsProbe(() => prometheus.Annotations.OfType<PrometheusScrapeTargetAnnotation>()
            .Select(t => t.Target)
            .Where(target => !target.Annotations.OfType<WaitAnnotation>().Any(w => w.Resource == prometheus))
            .ToDictionary(target => target.Name, target => target.Annotations.OfType<ReplicaAnnotation>().LastOrDefault()?.Replicas ?? 1));
        return builder.AddResource(prometheus)
            .WithHttpEndpoint(targetPort: PrometheusLaunch.ContainerPort)
            .WithHealthProbe("http /-/ready", (ctx, ct) => HttpHealthProbe.CheckAsync(ctx.Http, ctx.Endpoint().Url + "/-/ready", ct))
            .WithHealthProbe("targets scraped", (ctx, ct) => firstScrapes.CheckAsync(ctx.Http, ctx.Endpoint().Url, ct));
    }

    // One job per target (job name = resource name), one target per replica. When the AppHost has
    // Metrics:Prometheus:BearerToken, the targets are given the same token so both sides agree.
    public static IResourceBuilder<PrometheusResource> WithScrapeTargets(this IResourceBuilder<PrometheusResource> builder,
        params IResourceBuilder<IResourceWithEndpoints>[] targets)
    {
        foreach (var target in targets)
        {
            builder.WithAnnotation(new PrometheusScrapeTargetAnnotation(target.Resource));
            if (target.Resource is IResourceWithEnvironment withEnvironment) ShareBearerToken(withEnvironment);
        }
        return builder;
    }

    public static IResourceBuilder<PrometheusResource> WithScrapeInterval(this IResourceBuilder<PrometheusResource> builder, TimeSpan interval)
    {
        builder.Resource.ScrapeInterval = interval > TimeSpan.Zero
            ? interval
            : throw new ArgumentOutOfRangeException(nameof(interval), interval, "The scrape interval must be positive.");
        return builder;
    }

    private static void ShareBearerToken(IResourceWithEnvironment target)
    {
        const string variable = "Metrics__Prometheus__BearerToken";
        if (target.Annotations.OfType<SecretEnvironmentAnnotation>().Any(a => a.VariableName == variable)) return;
        target.Annotations.Add(new SecretEnvironmentAnnotation(variable));
        target.Annotations.Add(new EnvironmentCallbackAnnotation(ctx =>
        {
            if (ctx.Configuration[PrometheusScrapeJobs.BearerTokenSetting] is { Length: > 0 } token)
                ctx.EnvironmentVariables[variable] = token;
            return Task.CompletedTask;
        }));
    }
}
