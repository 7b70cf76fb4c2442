using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;

namespace ServiceDefaults.Tests.Support;

// A request that arrives inside a trace the test chose (W3C traceparent), so the test knows which trace id an
// exemplar must carry. The app's /traced endpoint records `histogram` inside the request and answers with the
// id of its own server span, the span the exemplar must name.
public static class TracedRequest
{
    public const string Path = "/traced";

    public static void MapTracedEndpoint(this WebApplication app, Func<Histogram<double>> histogram, double value) =>
        app.MapGet(Path, () =>
        {
            histogram().Record(value);
            return Activity.Current?.SpanId.ToHexString() ?? "";
        });

    // Sends GET /traced as part of a new trace; `sampled` is the traceparent's flag the app's sampler follows.
    // The client propagates nothing itself: the apps' HttpClient instrumentation shares this process, and
    // would otherwise replace the test's traceparent with one of its own client span.
    public static async Task<(string TraceId, string SpanId)> SendAsync(Uri app, bool sampled = true)
    {
        using var http = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { BaseAddress = app };
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Get, Path);
        request.Headers.TryAddWithoutValidation("traceparent",
            $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-{(sampled ? "01" : "00")}");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (traceId, await response.Content.ReadAsStringAsync());
    }
}
