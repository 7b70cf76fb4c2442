namespace Api.Caching;

// The little the Api needs from a cache. Implementations throw on failure; MeteredCache turns
// failures into misses, counts them, and bounds every call with a short timeout.
public interface ICache
{
    Task<string?> GetAsync(string key);
    Task SetAsync(string key, string value, TimeSpan timeToLive);
    Task PingAsync();
}
