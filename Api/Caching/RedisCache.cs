using StackExchange.Redis;

namespace Api.Caching;

// StackExchange.Redis 1.2.6 behind ICache. The multiplexer is created on first use (startup never
// waits for Redis) and, with abortConnect=false, reconnects by itself after Redis comes back.
public sealed class RedisCache(ConfigurationOptions options, ILogger<RedisCache> logger) : ICache, IDisposable
{
    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private ConnectionMultiplexer? _connection;

    public async Task<string?> GetAsync(string key)
    {
        var value = await (await DatabaseAsync()).StringGetAsync(key);
        return value.IsNull ? null : (string?)value;
    }

    public async Task SetAsync(string key, string value, TimeSpan timeToLive) =>
        await (await DatabaseAsync()).StringSetAsync(key, value, timeToLive);

    public async Task PingAsync() => await (await DatabaseAsync()).PingAsync();

    private async Task<IDatabase> DatabaseAsync()
    {
        if (_connection is { } existing) return existing.GetDatabase();
        await _connectGate.WaitAsync();
        try
        {
            // A failed connect is retried by the next caller rather than remembered forever.
            if (_connection is null)
            {
                _connection = await ConnectionMultiplexer.ConnectAsync(options);
                if (!_connection.IsConnected)
                    logger.LogWarning("Redis at {Endpoints} is not reachable yet; retrying in the background", string.Join(",", options.EndPoints));
            }
            return _connection.GetDatabase();
        }
        finally
        {
            _connectGate.Release();
        }
    }

    public void Dispose()
    {
        _connection?.Dispose();
        _connectGate.Dispose();
    }
}
