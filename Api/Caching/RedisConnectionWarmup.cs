using StackExchange.Redis;

namespace Api.Caching;

// Resolving the multiplexer connects it. Doing that in StartingAsync, which every host runs before Kestrel
// listens, makes the connection part of start-up, whatever else resolves the client first: the first request
// finds the cache connected instead of paying the connect itself. abortConnect=false bounds the wait by
// Cache:ConnectTimeout (1 s) and lets the api start uncached when Redis is down.
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
