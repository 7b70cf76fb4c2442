using System.Diagnostics.Metrics;

namespace Api.Metrics;

// Cache instruments; `cache` is the logical cache name and `operation` one of get/set/ping.
public sealed class CacheMetrics
{
    public const string MeterName = "Api.Cache";

    // Loopback Redis answers in ~0.1-1 ms; timeouts cut in at the configured operation timeout (0.25 s).
    private static readonly double[] DurationBuckets =
        [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _duration;

    public CacheMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _hits = meter.CreateCounter<long>("cache_hits", description: "Cache lookups that found a value.");
        _misses = meter.CreateCounter<long>("cache_misses", description: "Cache lookups that found nothing.");
        _errors = meter.CreateCounter<long>("cache_errors", description: "Cache operations that failed or timed out.");
        _duration = meter.CreateHistogram("cache_operation_duration", "s", "Duration of cache operations, failed ones included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
    }

    public void Hit(string cache) => _hits.Add(1, Tag("cache", cache));
    public void Miss(string cache) => _misses.Add(1, Tag("cache", cache));
    public void Error(string cache, string operation) => _errors.Add(1, Tag("cache", cache), Tag("operation", operation));

    public void Duration(string cache, string operation, TimeSpan elapsed) =>
        _duration.Record(elapsed.TotalSeconds, Tag("cache", cache), Tag("operation", operation));

    private static KeyValuePair<string, object?> Tag(string key, string value) => new(key, value);
}
