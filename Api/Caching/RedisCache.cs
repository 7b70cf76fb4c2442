using StackExchange.Redis;

namespace Api.Caching;

// The IConnectionMultiplexer from Aspire.StackExchange.Redis behind ICache. The multiplexer was created with
// abortConnect=false, so it exists even while Redis is down and reconnects by itself when Redis is back.
public sealed class RedisCache(IConnectionMultiplexer redis) : ICache
{
    public async Task<string?> GetAsync(string key)
    {
        var value = await redis.GetDatabase().StringGetAsync(key);
        return value.IsNull ? null : (string?)value;
    }

    public async Task SetAsync(string key, string value, TimeSpan timeToLive) =>
        await redis.GetDatabase().StringSetAsync(key, value, timeToLive);

    public async Task PingAsync() => await redis.GetDatabase().PingAsync();
}
