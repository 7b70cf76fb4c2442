using StackExchange.Redis;

namespace Api.Caching;

// The IConnectionMultiplexer from Aspire.StackExchange.Redis behind ICache. The multiplexer was created with
// abortConnect=false, so it exists even while Redis is down and reconnects by itself when Redis is back.
// Each command is one client span (RedisTracing).
public sealed class RedisCache(IConnectionMultiplexer redis) : ICache
{
    public async Task<string?> GetAsync(string key)
    {
        var value = await TracedAsync("GET", () => redis.GetDatabase().StringGetAsync(key));
        return value.IsNull ? null : (string?)value;
    }

    // StackExchange.Redis sends SET with an expiry as SETEX.
    public Task SetAsync(string key, string value, TimeSpan timeToLive) =>
        TracedAsync("SETEX", () => redis.GetDatabase().StringSetAsync(key, value, timeToLive));

    public Task PingAsync() => TracedAsync("PING", () => redis.GetDatabase().PingAsync());

    private static async Task<T> TracedAsync<T>(string command, Func<Task<T>> call)
    {
        using var activity = RedisTracing.StartCommand(command);
        try
        {
            return await call();
        }
        catch (Exception e)
        {
            RedisTracing.Failed(activity, e);
            throw;
        }
    }
}
