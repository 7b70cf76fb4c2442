using System.Diagnostics.Metrics;
using System.Text.Json;
using ServiceDefaults.Tests.Support;
using TestSupport;

namespace ServiceDefaults.Tests.Prometheus;

// A real Prometheus 2.42 with --enable-feature=exemplar-storage scrapes the exporter's OpenMetrics and keeps the
// exemplar: /api/v1/query_exemplars gives back the trace and span of the request that recorded the value.
[Collection(AppCollection.Name)]
public sealed class RealPrometheusExemplarTests
{
    [Fact]
    public async Task PrometheusStoresTheExemplarWithTheTraceIdOfTheRequest()
    {
        Histogram<double>? latency = null;
        await using var app = await ExporterTestApp.StartAsync("real.exemplars", mapEndpoints: a => a.MapTracedEndpoint(() => latency!, 0.5));
        latency = app.Meter.CreateHistogram("latency", unit: "s", description: "Latency.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 1] });
        var (traceId, spanId) = await TracedRequest.SendAsync(app.Http.BaseAddress!);

        await using var prometheus = await PrometheusServer.StartAsync($"""
              - job_name: svc
                static_configs: [{"{"} targets: ['127.0.0.1:{app.Port}'] {"}"}]

            """, features: "exemplar-storage");

        var series = await Eventually.ValueAsync(() => prometheus.ExemplarsAsync("latency_seconds_bucket"),
            s => s.GetArrayLength() > 0, TimeSpan.FromSeconds(30), "an exemplar of latency_seconds_bucket in Prometheus");
        var stored = Assert.Single(series.EnumerateArray());
        Assert.Equal("1.0", stored.GetProperty("seriesLabels").GetProperty("le").GetString());
        var exemplar = Assert.Single(stored.GetProperty("exemplars").EnumerateArray());
        Assert.Equal(traceId, exemplar.GetProperty("labels").GetProperty("trace_id").GetString());
        Assert.Equal(spanId, exemplar.GetProperty("labels").GetProperty("span_id").GetString());
        Assert.Equal("0.5", exemplar.GetProperty("value").GetString());
    }

    [Fact]
    public async Task WithoutTheFeatureFlagPrometheusKeepsNoExemplars()
    {
        Histogram<double>? latency = null;
        await using var app = await ExporterTestApp.StartAsync("real.noexemplars", mapEndpoints: a => a.MapTracedEndpoint(() => latency!, 0.5));
        latency = app.Meter.CreateHistogram("latency", unit: "s", description: "Latency.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 1] });
        await TracedRequest.SendAsync(app.Http.BaseAddress!);

        await using var prometheus = await PrometheusServer.StartAsync($"""
              - job_name: svc
                static_configs: [{"{"} targets: ['127.0.0.1:{app.Port}'] {"}"}]

            """);

        await prometheus.WaitForValueAsync("sum(latency_seconds_count)", 1);
        Assert.Equal(JsonValueKind.Array, (await prometheus.ExemplarsAsync("latency_seconds_bucket")).ValueKind);
        Assert.Equal(0, (await prometheus.ExemplarsAsync("latency_seconds_bucket")).GetArrayLength());
    }
}
