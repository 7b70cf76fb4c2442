using StackExchange.Redis;

namespace Api.Caching;

// Aspire's client creates the multiplexer, and with it the connection, on first use: the first request. Started
// as the AppHost starts everything at once, the api answered /health (Degraded: not connected yet) and took its
// first predictions while the client was still connecting, so they missed the cache and were not stored (the
// acceptance check counted 2 predictions for 6 identical requests). Resolving it in StartingAsync, which runs
// before Kestrel listens, connects first. abortConnect=false bounds the wait by Cache:ConnectTimeout (1 s) and
// lets the api start uncached when Redis is down.
internal sealed class RedisConnectionWarmup(IServiceProvider services) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<IConnectionMultiplexer>();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
