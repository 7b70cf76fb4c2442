using Hosting.ApplicationModel;
using Hosting.Orchestration;

namespace Hosting;

// Environment, arguments and relationships: the fluent vocabulary shared by every resource kind.
public static class ResourceBuilderExtensions
{
    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, string value)
        where T : IResourceWithEnvironment =>
        builder.WithEnvironment(ctx => { ctx.EnvironmentVariables[name] = value; return Task.CompletedTask; });

    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, Func<string> value)
        where T : IResourceWithEnvironment =>
        builder.WithEnvironment(ctx => { ctx.EnvironmentVariables[name] = value(); return Task.CompletedTask; });

    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, IResourceBuilder<ParameterResource> parameter)
        where T : IResourceWithEnvironment
    {
        if (parameter.Resource.Secret) builder.WithAnnotation(new SecretEnvironmentAnnotation(name));
        return builder.WithEnvironment(ctx => { ctx.EnvironmentVariables[name] = parameter.Resource.Value; return Task.CompletedTask; });
    }

    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, EndpointReference endpoint)
        where T : IResourceWithEnvironment =>
        builder.WithEnvironment(ctx => { ctx.EnvironmentVariables[name] = endpoint.Url; return Task.CompletedTask; });

    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, Func<EnvironmentCallbackContext, Task> callback)
        where T : IResourceWithEnvironment =>
        builder.WithAnnotation(new EnvironmentCallbackAnnotation(callback));

    public static IResourceBuilder<T> WithArgs<T>(this IResourceBuilder<T> builder, params string[] args)
        where T : IResourceWithArgs =>
        builder.WithArgs(ctx => { ctx.Args.AddRange(args); return Task.CompletedTask; });

    public static IResourceBuilder<T> WithArgs<T>(this IResourceBuilder<T> builder, Func<CommandLineArgsCallbackContext, Task> callback)
        where T : IResourceWithArgs =>
        builder.WithAnnotation(new CommandLineArgsCallbackAnnotation(callback));

    // services__{name}__{endpoint}__{i} for every replica of the referenced resource (Aspire's service discovery keys).
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResourceWithServiceDiscovery> source)
        where T : IResourceWithEnvironment
    {
        builder.WithAnnotation(new ResourceReferenceAnnotation(source.Resource));
        return builder.WithEnvironment(ctx =>
        {
            foreach (var endpoint in source.Resource.Annotations.OfType<EndpointAnnotation>())
                foreach (var allocated in endpoint.Allocated)
                    ctx.EnvironmentVariables[$"services__{source.Resource.Name}__{endpoint.Name}__{allocated.ReplicaIndex}"] = allocated.Url;
            return Task.CompletedTask;
        });
    }

    // ConnectionStrings__{name}, resolved once ports and secrets exist.
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResourceWithConnectionString> source,
        string? connectionName = null)
        where T : IResourceWithEnvironment
    {
        var key = $"ConnectionStrings__{connectionName ?? source.Resource.Name}";
        builder.WithAnnotation(new ResourceReferenceAnnotation(source.Resource));
        builder.WithAnnotation(new SecretEnvironmentAnnotation(key));
        return builder.WithEnvironment(async ctx =>
            ctx.EnvironmentVariables[key] = await source.Resource.GetConnectionStringAsync(ctx.CancellationToken));
    }

    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> dependency)
        where T : IResourceWithWaitSupport =>
        builder.WithAnnotation(new WaitAnnotation(dependency.Resource));

    public static IResourceBuilder<T> WithReplicas<T>(this IResourceBuilder<T> builder, int replicas)
        where T : IResourceWithLaunchSpec
    {
        builder.Resource.Annotations.RemoveAll(a => a is ReplicaAnnotation);
        return builder.WithAnnotation(new ReplicaAnnotation(replicas));
    }

    public static IResourceBuilder<T> WithRestartPolicy<T>(this IResourceBuilder<T> builder, RestartPolicyAnnotation policy)
        where T : IResourceWithLaunchSpec
    {
        builder.Resource.Annotations.RemoveAll(a => a is RestartPolicyAnnotation);
        return builder.WithAnnotation(policy);
    }

    public static IResourceBuilder<T> WithHealthProbe<T>(this IResourceBuilder<T> builder, string name,
        Func<HealthProbeContext, CancellationToken, Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult>> probe)
        where T : IResource =>
        builder.WithAnnotation(new HealthProbeAnnotation(name, probe));

    // Healthy when GET {endpoint}{path} answers 2xx (ServiceDefaults' /health runs every check).
    public static IResourceBuilder<T> WithHttpHealthCheck<T>(this IResourceBuilder<T> builder, string path = "/health", string endpointName = "http")
        where T : IResourceWithEndpoints =>
        builder.WithHealthProbe($"http{path}", (ctx, ct) => HttpHealthProbe.CheckAsync(ctx.Http, ctx.Endpoint(endpointName).Url + path, ct));
}
