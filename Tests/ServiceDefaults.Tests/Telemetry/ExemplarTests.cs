using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using ServiceDefaults.Tests.Prometheus;
using ServiceDefaults.Tests.Support;

namespace ServiceDefaults.Tests.Telemetry;

// Trace-based exemplars from ServiceDefaults, as the official exporter writes them on OpenMetrics bucket lines:
// `… # {trace_id="…",span_id="…"} value timestamp`.
[Collection(AppCollection.Name)]
public sealed partial class ExemplarTests
{
    private const string OpenMetrics = "application/openmetrics-text;version=1.0.0";

    [Fact]
    public async Task AHistogramRecordedInARequestNamesThatRequestsTraceAndSpanOnItsBucket()
    {
        await using var traced = await TracedApp.StartAsync("exemplars.bucket");

        var (traceId, spanId) = await TracedRequest.SendAsync(traced.App.Http.BaseAddress!);
        var scrape = await traced.ScrapeAsync(OpenMetrics);

        Assert.Equal($"{{trace_id=\"{traceId}\",span_id=\"{spanId}\"}} 0.5", Exemplar(BucketLine(scrape, "latency_seconds_bucket", "le=\"1.0\"")));
        Assert.Null(Exemplar(BucketLine(scrape, "latency_seconds_bucket", "le=\"0.1\"")));
    }

    [Fact]
    public async Task TheRequestDurationOfTheSameRequestNamesTheSameTrace()
    {
        await using var traced = await TracedApp.StartAsync("exemplars.http");

        var (traceId, spanId) = await TracedRequest.SendAsync(traced.App.Http.BaseAddress!);
        var scrape = await traced.ScrapeAsync(OpenMetrics);

        var routeBuckets = scrape.Split('\n').Where(l =>
            l.StartsWith("http_server_request_duration_seconds_bucket{", StringComparison.Ordinal) && l.Contains($"http_route=\"{TracedRequest.Path}\""));
        Assert.Contains(routeBuckets, l => Exemplar(l)?.StartsWith($"{{trace_id=\"{traceId}\",span_id=\"{spanId}\"}} ", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ARequestInAnUnsampledTraceLeavesNoExemplar()
    {
        await using var traced = await TracedApp.StartAsync("exemplars.unsampled");

        await TracedRequest.SendAsync(traced.App.Http.BaseAddress!, sampled: false);
        var scrape = await traced.ScrapeAsync(OpenMetrics);

        Assert.Equal("latency_seconds_bucket{otel_scope_name=\"exemplars.unsampled\",otel_scope_version=\"2.0\",le=\"1.0\"} 1",
            BucketLine(scrape, "latency_seconds_bucket", "le=\"1.0\""));
    }

    [Fact]
    public async Task TheSdkSettingAlwaysOffTurnsExemplarsOff()
    {
        await using var traced = await TracedApp.StartAsync("exemplars.off",
            new Dictionary<string, string?> { ["OTEL_METRICS_EXEMPLAR_FILTER"] = "always_off" });

        await TracedRequest.SendAsync(traced.App.Http.BaseAddress!);
        var scrape = await traced.ScrapeAsync(OpenMetrics);

        Assert.DoesNotContain(" # {", scrape);
        Assert.Contains("latency_seconds_bucket{otel_scope_name=\"exemplars.off\",otel_scope_version=\"2.0\",le=\"1.0\"} 1\n", scrape);
    }

    // Exemplars exist only in OpenMetrics; the text format of the same collection stays as it was, lint-clean.
    [Fact]
    public async Task TheTextFormatCarriesNoExemplarsAndPassesPromtool()
    {
        await using var traced = await TracedApp.StartAsync("exemplars.text");

        await TracedRequest.SendAsync(traced.App.Http.BaseAddress!);
        var scrape = await traced.ScrapeAsync("text/plain;version=0.0.4");

        Assert.Contains("latency_seconds_bucket{otel_scope_name=\"exemplars.text\",otel_scope_version=\"2.0\",le=\"1\"} 1\n", scrape);
        Assert.DoesNotContain("trace_id", scrape);
        await PromtoolAssert.AcceptsAsync(scrape);
    }

    private static string BucketLine(string scrape, string name, string le) =>
        Assert.Single(scrape.Split('\n'), l => l.StartsWith(name + "{", StringComparison.Ordinal) && l.Contains(le));

    // The exemplar part of a sample line without its timestamp, or null when the line has none.
    private static string? Exemplar(string line)
    {
        var match = ExemplarPart().Match(line);
        return match.Success ? match.Groups["exemplar"].Value : null;
    }

    [GeneratedRegex(@" # (?<exemplar>\{[^}]*\} \S+) \d+(\.\d+)?$")]
    private static partial Regex ExemplarPart();

    // ExporterTestApp with GET /traced recording 0.5 into `latency_seconds` (buckets 0.1 and 1).
    private sealed class TracedApp(ExporterTestApp app) : IAsyncDisposable
    {
        public ExporterTestApp App { get; } = app;

        public static async Task<TracedApp> StartAsync(string meterName, IDictionary<string, string?>? configuration = null)
        {
            Histogram<double>? latency = null;
            var app = await ExporterTestApp.StartAsync(meterName, configuration, a => a.MapTracedEndpoint(() => latency!, 0.5));
            latency = app.Meter.CreateHistogram("latency", unit: "s", description: "Latency.", tags: null,
                advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 1] });
            return new TracedApp(app);
        }

        public async Task<string> ScrapeAsync(string accept)
        {
            using var response = await App.GetAsync("metrics", accept);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
