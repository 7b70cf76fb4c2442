using Microsoft.Extensions.Options;

namespace Api.Caching;

// The api's runtime fault (docs/faults-and-traffic.md): while on, found predictions are not stored, so every
// lookup misses and every request reaches the predictor, as if the cache had been switched off or flushed
// continuously. Lookups still run and count, which is what lets the hit ratio (and CacheHitRatioLow) show it.
public sealed class CacheDisabledFault(IOptionsMonitor<RuntimeFault> faults, TimeProvider time)
{
    public const string Name = "CacheDisabled";

    public bool IsOn => faults.Get(Name).IsActive(time.GetUtcNow());
}
