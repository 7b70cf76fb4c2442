using System.Diagnostics;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace AppHost.Tests.Browser;

// One click from a slow bucket to its trace: the predictor's prediction_duration chart shows exemplars (ServiceDefaults
// records trace-based exemplars and OTLP carries them), and the newest one opens the prediction's own span inside
// the trace of the /predict request that caused it.
[Collection(DashboardCollection.Name)]
public sealed partial class ExemplarTests(DashboardFixture dashboard)
{
    [GeneratedRegex("/traces/detail/(?<trace>[0-9a-f]{32})\\?spanId=(?<span>[0-9a-f]{16})")]
    private static partial Regex SpanDetail();

    // The hover label's first line: the exemplar's span as the dashboard titles it ("predictor-abcd1234: predict").
    [GeneratedRegex("^(?<span>predictor-[a-z0-9]+: predict)Value")]
    private static partial Regex PredictSpanLabel();

    [Fact]
    public async Task AnExemplarOnThePredictionDurationChartOpensThePredictSpanOfItsRequestsTrace()
    {
        var page = await dashboard.NewPageAsync();
        await page.GotoAsync(dashboard.AppHost.LoginUrl.ToString());
        await SendTracedPredictionsAsync(await DashboardPage.EndpointAsync(page, "api"));

        await page.GotoAsync(MetricsChart.Url(dashboard.AppHost.DashboardUrl, "predictor", "Predictor", "prediction_duration"));
        await Expect(page.GetByText("Exemplars", new() { Exact = true })).ToBeVisibleAsync();
        // Telemetry arrives every second and the chart redraws: retry until a hovered exemplar opens its trace.
        var chart = page.Url;
        var (span, traceId) = await TestSupport.Eventually.ValueAsync<(string? Span, string? TraceId)>(async () =>
        {
            if (page.Url != chart) await page.GotoAsync(chart);
            var label = PredictSpanLabel().Match(await MetricsChart.HoverNewestExemplarAsync(page));
            if (!label.Success) return (null, null);
            await BrowserFixture.ScreenshotAsync(page, "exemplar-chart");
            await MetricsChart.PressAsync(page);
            await page.WaitForURLAsync(SpanDetail(), new() { Timeout = 10_000 });
            return (label.Groups["span"].Value, SpanDetail().Match(page.Url).Groups["trace"].Value);
        }, found => found.TraceId is not null, TimeSpan.FromSeconds(60), "an exemplar of a predict span that opens its trace");

        // The trace of an api /predict request, opened at the very span the hovered exemplar named.
        await Expect(page.GetByText(span!).First).ToBeVisibleAsync();
        await Expect(page.GetByText("api: GET /predict/{ticker}").First).ToBeVisibleAsync();
        await Expect(page.GetByText(traceId!).First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "exemplar-trace");
    }

    // Predictions for tickers no other browser test asks for (each a cache miss that reaches a predictor, so the
    // chart has exemplars even when no traffic runs), each in a sampled trace of the test's own.
    private static async Task SendTracedPredictionsAsync(Uri api)
    {
        using var http = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { BaseAddress = api };
        foreach (var ticker in (string[])["MSFT", "GOOGL", "AMZN", "JPM"])
        {
            var traceId = ActivityTraceId.CreateRandom().ToHexString();
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/predict/{ticker}?model=normal");
            request.Headers.TryAddWithoutValidation("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
        }
    }
}
