namespace Api.Caching;

// Configuration section "Cache"; the connection string itself is ConnectionStrings:cache.
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    // How long a prediction stays cached; also the width of the time bucket in its key.
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromSeconds(5);

    // Upper bound on any cache call as seen by a request: Redis being slow or gone never holds one longer.
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    // Given to the Redis client for connecting and as its command timeout; also the /health check's budget.
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(1);
}
