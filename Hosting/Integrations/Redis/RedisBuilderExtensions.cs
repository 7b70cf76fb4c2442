using Hosting.ApplicationModel;
using Hosting.Integrations.Containers;
using Hosting.Integrations.Redis;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hosting;

public static class RedisBuilderExtensions
{
    // builder.AddRedis("cache"); projects get ConnectionStrings__cache through WithReference(cache).
    // The password is configuration "Parameters:{name}-password" when set, else new for every run.
    public static IResourceBuilder<RedisResource> AddRedis(this IDistributedApplicationBuilder builder, string name, int? port = null)
    {
        var password = builder.AddPassword($"{name}-password");
        var redis = new RedisResource(name, password.Resource, ContainerRuntimeProvider.For(builder));
        return builder.AddResource(redis)
            .WithEndpoint(RedisResource.PrimaryEndpointName, "tcp", port, targetPort: RedisLaunch.ContainerPort)
            .WithHealthProbe("redis AUTH+PING", (ctx, ct) => PingAsync(ctx.Endpoint(RedisResource.PrimaryEndpointName), redis, ct));
    }

    private static async Task<HealthCheckResult> PingAsync(AllocatedEndpoint endpoint, RedisResource redis, CancellationToken cancellationToken) =>
        await new RedisPingProbe(endpoint.Host, endpoint.Port, redis.PasswordParameter.Value).IsHealthyAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"AUTH+PING on {endpoint.HostAndPort} -> PONG")
            : HealthCheckResult.Unhealthy($"AUTH+PING on {endpoint.HostAndPort} got no PONG");
}
