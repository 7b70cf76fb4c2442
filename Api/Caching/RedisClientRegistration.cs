using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Api.Caching;

// Aspire's Redis client (builder.AddRedisClient("cache")): IConnectionMultiplexer and its health check; the command
// spans come from RedisCache (see RedisTracing for why not from Aspire's instrumentation). Tuned so that Redis is an optimisation, never a dependency:
// - abortConnect=false: the Api starts (and serves uncached) while Redis is down, and reconnects without a restart;
// - connect and command timeouts of Cache:ConnectTimeout (1 s), requests additionally cut off after
//   Cache:OperationTimeout (250 ms) by MeteredCache;
// - commands fail fast while disconnected instead of queueing until the timeout;
// - reconnect attempts every half connect timeout, not on a backoff that grows to 10 s;
// - the health check reports Degraded, not Unhealthy, within the connect timeout.
public static class RedisClientRegistration
{
    public const string ConnectionName = "cache";

    // Aspire's name for the check it registers for the unkeyed client.
    public const string HealthCheckName = "StackExchange.Redis";

    public static void AddCache(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ConnectionName)))
        {
            services.AddSingleton<ICache, NoCache>();
            services.AddHealthChecks().AddCheck("cache", () => HealthCheckResult.Healthy("No cache configured (ConnectionStrings:cache is empty)."));
            return;
        }

        var timeouts = builder.Configuration.GetSection(CacheOptions.SectionName).Get<CacheOptions>() ?? new CacheOptions();
        var timeoutMs = (int)timeouts.ConnectTimeout.TotalMilliseconds;
        builder.AddRedisClient(ConnectionName, settings => settings.DisableTracing = true, configureOptions: options =>
        {
            options.AbortOnConnectFail = false;
            options.ConnectTimeout = timeoutMs;
            options.SyncTimeout = timeoutMs;
            options.AsyncTimeout = timeoutMs;
            options.BacklogPolicy = BacklogPolicy.FailFast;
            options.ReconnectRetryPolicy = new LinearRetry(Math.Max(100, timeoutMs / 2));
        });
        services.AddSingleton<ICache, RedisCache>();
        services.AddHostedService<RedisConnectionWarmup>();
        services.PostConfigure<HealthCheckServiceOptions>(health =>
        {
            foreach (var registration in health.Registrations.Where(r => r.Name == HealthCheckName))
            {
                registration.FailureStatus = HealthStatus.Degraded;
                registration.Timeout = timeouts.ConnectTimeout;
            }
        });
    }
}
