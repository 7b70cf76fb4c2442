using System.Diagnostics.Metrics;
using ServiceDefaults.Tests.Support;
using TestSupport;

namespace ServiceDefaults.Tests.Prometheus;

// A real Prometheus 2.42 scrapes a running app through each format: job "openmetrics" takes /metrics as
// Prometheus negotiates it (OpenMetrics), job "text" takes the text-only alias. Values must come back exactly.
[Collection(AppCollection.Name)]
public sealed class RealPrometheusScrapeTests
{
    [Fact]
    public async Task PrometheusReadsExactlyTheRecordedValuesInBothFormats()
    {
        await using var app = await ExporterTestApp.StartAsync("real.prometheus");
        var orders = app.Meter.CreateCounter<long>("orders", "{order}", "Orders placed.");
        orders.Add(5, new KeyValuePair<string, object?>("kind", "book"));
        orders.Add(2, new KeyValuePair<string, object?>("kind", "Zürich \"quoted\""));
        app.Meter.CreateObservableGauge("temperature", () => 21.5, "Cel", "Temperature.");
        var latency = app.Meter.CreateHistogram<double>("latency", unit: "s", description: "Latency.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 1] });
        latency.Record(0.05);
        latency.Record(0.5);
        latency.Record(2);
        var sum = 0.05 + 0.5 + 2;

        await using var prometheus = await PrometheusServer.StartAsync($"""
              - job_name: openmetrics
                static_configs: [{"{"} targets: ['127.0.0.1:{app.Port}'] {"}"}]
              - job_name: text
                metrics_path: {ExporterTestApp.TextOnlyPath}
                static_configs: [{"{"} targets: ['127.0.0.1:{app.Port}'] {"}"}]

            """);

        foreach (var job in new[] { "openmetrics", "text" })
        {
            var j = $"job=\"{job}\"";
            await prometheus.WaitForValueAsync($"up{{{j}}}", 1);
            await prometheus.WaitForValueAsync($"orders_total{{{j},kind=\"book\"}}", 5);
            await prometheus.WaitForValueAsync($"orders_total{{{j},kind=\"Zürich \\\"quoted\\\"\"}}", 2);
            await prometheus.WaitForValueAsync($"temperature_celsius{{{j}}}", 21.5);
            await prometheus.WaitForValueAsync($"latency_seconds_count{{{j}}}", 3);
            await prometheus.WaitForValueAsync($"latency_seconds_sum{{{j}}}", sum);
            await prometheus.WaitForValueAsync($"latency_seconds_bucket{{{j},le=\"0.1\"}}", 1);
            // OpenMetrics writes float bounds ("1.0"), text 0.0.4 the shortest form ("1").
            var one = job == "openmetrics" ? "1.0" : "1";
            await prometheus.WaitForValueAsync($"latency_seconds_bucket{{{j},le=\"{one}\"}}", 2);
            await prometheus.WaitForValueAsync($"latency_seconds_bucket{{{j},le=\"+Inf\"}}", 3);
            await prometheus.WaitForValueAsync(
                $"target_info{{{j},service_name=\"svc\",service_instance_id=\"i-1\",deployment_environment=\"test\"}}", 1);
            await prometheus.WaitForValueAsync($"count(orders_total{{{j},otel_scope_name=\"real.prometheus\",otel_scope_version=\"2.0\"}})", 2);
        }

        // Prometheus 2.x keeps le as written, so the two formats give "1" and "1.0" as separate series: a target must
        // stay on one format (Prometheus always negotiates OpenMetrics with this exporter). Prometheus 3 normalises le.
        await prometheus.WaitForValueAsync("count(count by (le) (latency_seconds_bucket))", 4);
        // Only the OpenMetrics scrape carries _created lines, which proves that job really was OpenMetrics.
        await prometheus.WaitForValueAsync("count(orders_created{job=\"openmetrics\"})", 2);
        Assert.Null(await prometheus.ScalarAsync("count(orders_created{job=\"text\"})"));
    }
}
