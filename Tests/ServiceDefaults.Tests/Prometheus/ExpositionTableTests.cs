using ServiceDefaults.Prometheus;

namespace ServiceDefaults.Tests.Prometheus;

public sealed class ExpositionTableTests
{
    [Theory]
    [MemberData(nameof(ExpositionCases.Ids), MemberType = typeof(ExpositionCases))]
    public async Task TextFormatMatchesGoldenText(string id)
    {
        var c = ExpositionCases.Get(id);
        using var harness = new ExporterHarness(c.Meter, c.Configure);
        c.Record(harness);
        Assert.Equal(c.ExpectedText, await harness.ScrapeAsync(ExpositionFormat.PrometheusText));
    }

    [Theory]
    [MemberData(nameof(ExpositionCases.Ids), MemberType = typeof(ExpositionCases))]
    public async Task OpenMetricsFormatMatchesGoldenText(string id)
    {
        var c = ExpositionCases.Get(id);
        using var harness = new ExporterHarness(c.Meter, c.Configure);
        c.Record(harness);
        Assert.Equal(c.ExpectedOpenMetrics, ExporterHarness.MaskCreated(await harness.ScrapeAsync(ExpositionFormat.OpenMetrics)));
    }

    [Theory]
    [MemberData(nameof(ExpositionCases.Ids), MemberType = typeof(ExpositionCases))]
    public async Task TextFormatPassesPromtool(string id)
    {
        var c = ExpositionCases.Get(id);
        using var harness = new ExporterHarness(c.Meter, c.Configure);
        c.Record(harness);
        await PromtoolAssert.AcceptsAsync(await harness.ScrapeAsync(ExpositionFormat.PrometheusText), c.AllowedLint ?? []);
    }

    [Theory]
    [MemberData(nameof(ExpositionCases.Ids), MemberType = typeof(ExpositionCases))]
    public async Task SecondScrapeIsIdenticalToFirst(string id)
    {
        var c = ExpositionCases.Get(id);
        using var harness = new ExporterHarness(c.Meter, c.Configure);
        c.Record(harness);
        var first = await harness.ScrapeAsync(ExpositionFormat.OpenMetrics);
        var text = await harness.ScrapeAsync(ExpositionFormat.PrometheusText);
        Assert.Equal(first, await harness.ScrapeAsync(ExpositionFormat.OpenMetrics));
        Assert.Equal(text, await harness.ScrapeAsync(ExpositionFormat.PrometheusText));
    }
}
