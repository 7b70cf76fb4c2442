using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using ServiceDefaults.Prometheus;

namespace ServiceDefaults.Tests.Prometheus;

public sealed partial class SerializationTests
{
    [Fact]
    public async Task CreatedIsTheStreamStartInSeconds()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
        using var harness = new ExporterHarness("serialization.created");
        harness.Meter.CreateCounter<long>("started").Add(1);

        var body = await harness.ScrapeAsync(ExpositionFormat.OpenMetrics);

        var created = double.Parse(CreatedLine().Match(body).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(created, before - 1, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0);
    }

    [Fact]
    public async Task TypeConflictDropsOnlyTheLaterInstrumentAndIsLoggedOnce()
    {
        var c = ExpositionCases.Get("case10_name_collisions");
        using var harness = new ExporterHarness(c.Meter);
        c.Record(harness);

        await harness.ScrapeAsync(ExpositionFormat.PrometheusText);
        var body = await harness.ScrapeAsync(ExpositionFormat.OpenMetrics);

        var warnings = harness.Logs.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("case10_name_collisions_b/jobs") && w.Contains("case10_name_collisions/jobs"));
        Assert.Contains(warnings, w => w.Contains("case10_name_collisions/runs_total"));
        Assert.Contains("shared_total", body);
    }

    [Fact]
    public async Task LoneSurrogateBecomesReplacementCharacterAndOutputStaysValidUtf8()
    {
        using var harness = new ExporterHarness("serialization.surrogate");
        harness.Meter.CreateCounter<long>("odd", null, "pair 😀 lone \ud83d end").Add(1, new KeyValuePair<string, object?>("v", "x\udc00y😀"));
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        using var lease = await harness.Reader.Collector.AcquireAsync(ExpositionFormat.PrometheusText);
        var body = strict.GetString(lease.Content.Span);

        Assert.Contains("# HELP odd_total pair 😀 lone \ufffd end\n", body);
        Assert.Contains("odd_total{v=\"x\ufffdy😀\",", body);
        await PromtoolAssert.AcceptsAsync(body);
    }

    [Fact]
    public async Task SeriesAreSortedByLabelsWhateverTheRecordingOrder()
    {
        using var harness = new ExporterHarness("serialization.order");
        var counter = harness.Meter.CreateCounter<long>("ordered");
        foreach (var key in new[] { "m", "c", "x", "a" }) counter.Add(1, new KeyValuePair<string, object?>("k", key));

        var body = await harness.ScrapeAsync(ExpositionFormat.PrometheusText);
        counter.Add(1, new KeyValuePair<string, object?>("k", "b"));
        var after = await harness.ScrapeAsync(ExpositionFormat.PrometheusText);

        Assert.Equal(["a", "c", "m", "x"], SeriesKeys().Matches(body).Select(m => m.Groups[1].Value));
        Assert.Equal(["a", "b", "c", "m", "x"], SeriesKeys().Matches(after).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task MeterWithoutVersionGetsOnlyTheScopeName()
    {
        using var harness = new ExporterHarness("serialization.unversioned");
        using var meter = new System.Diagnostics.Metrics.Meter("serialization.unversioned_b");
        meter.CreateCounter<long>("plain").Add(1);

        var body = await harness.ScrapeAsync(ExpositionFormat.PrometheusText);

        Assert.Contains("plain_total{otel_scope_name=\"serialization.unversioned_b\"} 1\n", body);
    }

    [Fact]
    public async Task SeriesAddedBetweenScrapesKeepTheirOwnValues()
    {
        using var harness = new ExporterHarness("serialization.growth");
        var counter = harness.Meter.CreateCounter<long>("grown");
        counter.Add(1, new KeyValuePair<string, object?>("k", "a"));
        counter.Add(2, new KeyValuePair<string, object?>("k", "b"));
        await harness.ScrapeAsync(ExpositionFormat.PrometheusText);

        // The SDK keeps the point without attributes in a reserved slot ahead of the others, so this series
        // appears *before* the existing ones in its enumeration: every series shifts.
        counter.Add(5);
        counter.Add(10, new KeyValuePair<string, object?>("k", "c"));
        var body = await harness.ScrapeAsync(ExpositionFormat.PrometheusText);

        const string scope = "otel_scope_name=\"serialization.growth\",otel_scope_version=\"1.0\"";
        Assert.Contains($"grown_total{{k=\"a\",{scope}}} 1\n" +
            $"grown_total{{k=\"b\",{scope}}} 2\n" +
            $"grown_total{{k=\"c\",{scope}}} 10\n" +
            $"grown_total{{{scope}}} 5\n", body);
    }

    [Fact]
    public async Task SerialisationAllocatesNothingAfterWarmUp()
    {
        using var harness = new ExporterHarness("serialization.allocations",
            b => b.AddView("latency", new ExplicitBucketHistogramConfiguration { Boundaries = [0.1, 1, 10] }));
        var counter = harness.Meter.CreateCounter<long>("calls");
        var histogram = harness.Meter.CreateHistogram<double>("latency", "s");
        for (var i = 0; i < 50; i++)
        {
            counter.Add(i, new KeyValuePair<string, object?>("route", $"/r{i}"));
            histogram.Record(i / 10.0, new KeyValuePair<string, object?>("route", $"/r{i}"));
        }
        var exporter = harness.Reader.Collector.Exporter;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 20);
        ExpositionFormat[] formats = [ExpositionFormat.PrometheusText, ExpositionFormat.OpenMetrics];
        for (var i = 0; i < 20; i++)
        {
            buffer.ResetWrittenCount();
            Assert.True(exporter.CollectInto(harness.Reader, formats[i % 2], buffer));
        }

        // The SDK's own collection allocates a little (its batch bookkeeping): measured alone and subtracted.
        var sdkOnly = GC.GetAllocatedBytesForCurrentThread();
        harness.Reader.Collect();
        sdkOnly = GC.GetAllocatedBytesForCurrentThread() - sdkOnly;
        foreach (var format in formats)
        {
            buffer.ResetWrittenCount();
            var before = GC.GetAllocatedBytesForCurrentThread();
            exporter.CollectInto(harness.Reader, format, buffer);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.True(buffer.WrittenCount > 5_000);
            Assert.Equal(0, allocated - sdkOnly);
        }
    }

    [GeneratedRegex(@"^started_created\{[^}]*\} (\S+)$", RegexOptions.Multiline)]
    private static partial Regex CreatedLine();

    [GeneratedRegex(@"^ordered_total\{k=""(\w)""", RegexOptions.Multiline)]
    private static partial Regex SeriesKeys();
}
