using System.Diagnostics;
using TestSupport;

namespace Distributed.Tests;

// From a bucket to its trace in the AppHost's own Prometheus: a prediction sent inside a trace the test chose
// leaves that trace id on the api's request-duration bucket and on the predictor's prediction-duration bucket.
[Collection(AppHostCollection.Name)]
public sealed class ExemplarTests(AppHostFixture system)
{
    [Fact]
    public async Task APredictionsTraceIdIsTheExemplarOfBothServicesDurationBuckets()
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        // The test's own traceparent, untouched: this process's HttpClient would otherwise propagate its own context.
        using var http = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { BaseAddress = system.Api.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/predict/AAPL?model=earnings");
        request.Headers.TryAddWithoutValidation("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        // AAPL/earnings is asked for by no other test, so this is the cache miss that reaches a predictor.
        using (var response = await http.SendAsync(request)) response.EnsureSuccessStatusCode();

        foreach (var buckets in (string[])["http_server_request_duration_seconds_bucket{job=\"api\",http_route=\"/predict/{ticker}\"}",
                     "prediction_duration_seconds_bucket{job=\"predictor\",model_type=\"earnings\"}"])
        {
            var exemplars = await Eventually.ValueAsync(
                () => system.Prometheus.ExemplarsAsync(buckets, since, DateTimeOffset.UtcNow.AddMinutes(1)),
                found => found.Any(e => e.TraceId == traceId), TimeSpan.FromSeconds(30), $"trace {traceId} as an exemplar of {buckets}");
            var ours = exemplars.First(e => e.TraceId == traceId);
            Assert.Matches("^[0-9a-f]{16}$", ours.Labels["span_id"]);
            Assert.True(ours.Value <= BucketBound(ours.SeriesLabels["le"]), $"exemplar {ours.Value} above its bucket's bound {ours.SeriesLabels["le"]}");
        }
    }

    private static double BucketBound(string le) =>
        le == "+Inf" ? double.PositiveInfinity : double.Parse(le, System.Globalization.CultureInfo.InvariantCulture);
}
