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

    [GeneratedRegex("^predictor-[a-z0-9]+: predict$")]
    private static partial Regex PredictSpanTitle();

    [Fact]
    public async Task AnExemplarOnThePredictionDurationChartOpensThePredictSpanOfItsRequestsTrace()
    {
        var page = await dashboard.NewPageAsync();
        await page.GotoAsync(dashboard.AppHost.LoginUrl.ToString());
        var sent = await SendTracedPredictionsAsync(await DashboardPage.EndpointAsync(page, "api"));

        await page.GotoAsync(MetricsChart.Url(dashboard.AppHost.DashboardUrl, "predictor", "Predictor", "prediction_duration"));
        await Expect(page.GetByText("Exemplars", new() { Exact = true })).ToBeVisibleAsync();
        // Telemetry arrives every second: retry until the newest exemplar is one of this test's predictions.
        var chart = page.Url;
        var traceId = await TestSupport.Eventually.ValueAsync(async () =>
        {
            if (page.Url != chart) await page.GotoAsync(chart);
            var label = await MetricsChart.HoverNewestExemplarAsync(page);
            if (!label.Contains(": predict", StringComparison.Ordinal)) return null;
            await BrowserFixture.ScreenshotAsync(page, "exemplar-chart");
            await MetricsChart.PressAsync(page);
            await page.WaitForURLAsync(SpanDetail(), new() { Timeout = 10_000 });
            return SpanDetail().Match(page.Url).Groups["trace"].Value;
        }, id => id is not null && sent.Contains(id), TimeSpan.FromSeconds(60), "an exemplar of this test's predictions that opens its trace");

        // The trace of the api's /predict request, opened at the predictor's "predict" span the exemplar names.
        await Expect(page.GetByText(PredictSpanTitle()).First).ToBeVisibleAsync();
        await Expect(page.GetByText("api: GET /predict/{ticker}").First).ToBeVisibleAsync();
        await Expect(page.Locator("main").GetByText(traceId!).First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "exemplar-trace");
    }

    // Predictions for tickers and models no other browser test asks for (each a cache miss that reaches a
    // predictor), each in a trace of the test's own; returns their trace ids.
    private static async Task<HashSet<string>> SendTracedPredictionsAsync(Uri api)
    {
        using var http = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { BaseAddress = api };
        var traces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ticker in (string[])["MSFT", "GOOGL", "AMZN", "JPM"])
        {
            var traceId = ActivityTraceId.CreateRandom().ToHexString();
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/predict/{ticker}?model=normal");
            request.Headers.TryAddWithoutValidation("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            traces.Add(traceId);
        }
        return traces;
    }
}
