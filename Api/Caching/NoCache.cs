namespace Api.Caching;

// Used when ConnectionStrings:cache is not set: every lookup misses, nothing is stored.
public sealed class NoCache : ICache
{
    public Task<string?> GetAsync(string key) => Task.FromResult<string?>(null);
    public Task SetAsync(string key, string value, TimeSpan timeToLive) => Task.CompletedTask;
    public Task PingAsync() => Task.CompletedTask;
}
