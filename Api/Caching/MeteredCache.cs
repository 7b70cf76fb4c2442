using System.Diagnostics;
using Api.Metrics;
using Microsoft.Extensions.Options;

namespace Api.Caching;

// Cache-aside needs a cache that can fail without failing the request: every call is bounded by
// the operation timeout, measured, and a failure becomes "no value" plus an error count.
public sealed class MeteredCache(ICache inner, CacheMetrics metrics, IOptions<CacheOptions> options, ILogger<MeteredCache> logger)
{
    public const string Name = "predictions";

    private readonly TimeSpan _timeout = options.Value.OperationTimeout;

    // A failed get is an error, not a miss; hits and misses are counted by the caller, which knows
    // whether the key named something that exists (an unknown ticker is neither).
    public async Task<CacheRead> GetAsync(string key, CancellationToken cancellationToken)
    {
        var (answered, value) = await RunAsync("get", () => inner.GetAsync(key), cancellationToken);
        return new CacheRead(answered, value);
    }

    public void CountHit() => metrics.Hit(Name);

    public void CountMiss() => metrics.Miss(Name);

    public Task SetAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken) =>
        RunAsync("set", async () => { await inner.SetAsync(key, value, timeToLive); return (string?)null; }, cancellationToken);

    public async Task<bool> PingAsync(CancellationToken cancellationToken) =>
        (await RunAsync("ping", async () => { await inner.PingAsync(); return (string?)null; }, cancellationToken)).Ok;

    private async Task<(bool Ok, string? Value)> RunAsync(string operation, Func<Task<string?>> call, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return (true, await call().WaitAsync(_timeout, cancellationToken));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.Error(Name, operation);
            logger.LogWarning("Cache {Operation} failed: {Error}", operation, e.Message);
            return (false, null);
        }
        finally
        {
            metrics.Duration(Name, operation, Stopwatch.GetElapsedTime(started));
        }
    }
}
