using System.Globalization;
using System.Text.Json;
using Api.Caching;
using Api.Model;
using Microsoft.Extensions.Options;

namespace Api.Predictions;

// Cache-aside: the cache first, else the Predictor, and a found prediction is stored for the TTL
// (unless the CacheDisabled fault is on).
public sealed class PredictionLookup(MeteredCache cache, PredictorClient predictor, CacheDisabledFault cacheDisabled,
    IOptions<CacheOptions> options, TimeProvider time)
{
    private readonly TimeSpan _timeToLive = options.Value.TimeToLive;

    public async Task<PredictorReply> GetAsync(PredictionRequest request, CancellationToken cancellationToken)
    {
        var key = KeyFor(request, time.GetUtcNow());
        var read = await cache.GetAsync(key, cancellationToken);
        if (read.Value is { } cached && Parse(cached) is { } hit)
        {
            cache.CountHit();
            return new PredictorReply(PredictorOutcome.Found, hit, cached, FromCache: true);
        }

        var reply = await predictor.PredictAsync(request, cancellationToken);
        // Lookups that failed on the cache side were counted as errors; an unknown ticker is not a miss.
        if (read.Answered && reply.Outcome != PredictorOutcome.UnknownTicker) cache.CountMiss();
        if (reply is { Outcome: PredictorOutcome.Found, Json: { } json } && !cacheDisabled.IsOn)
            await cache.SetAsync(key, json, _timeToLive, cancellationToken);
        return reply;
    }

    // One key per ticker, model and TTL-wide time bucket, so replicas share entries and they roll over together.
    public string KeyFor(PredictionRequest request, DateTimeOffset now)
    {
        var bucket = now.ToUnixTimeMilliseconds() / Math.Max(1, (long)_timeToLive.TotalMilliseconds);
        return string.Create(CultureInfo.InvariantCulture, $"prediction:{request.Ticker}:{request.Model}:{bucket}");
    }

    private static Prediction? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Prediction>(json, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
