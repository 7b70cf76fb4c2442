using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Api.Caching;

// The cache is an optimisation: without it predictions are still served, so its loss is Degraded.
public sealed class CacheHealthCheck(ICache configured, MeteredCache cache) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (configured is NoCache) return HealthCheckResult.Healthy("No cache configured (ConnectionStrings:cache is empty).");
        return await cache.PingAsync(cancellationToken)
            ? HealthCheckResult.Healthy("Redis answers PING.")
            : HealthCheckResult.Degraded("Redis does not answer; predictions are served uncached.");
    }
}
