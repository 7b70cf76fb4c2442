using System.Text.RegularExpressions;
using Microsoft.Playwright;
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

    // The details panel's heading of the span the exemplar opens: a predictor replica's "predict" span, with the
    // first seven digits of its id ("predictor-yhudwcbf: predict b13e01e").
    private static Regex PredictSpanHeading(string spanId) => new($"^predictor-[a-z0-9]+: predict {spanId[..7]}$");

    [Fact]
    public async Task AnExemplarOnThePredictionDurationChartOpensThePredictSpanOfItsRequestsTrace()
    {
        var page = await dashboard.NewPageAsync();
        await page.GotoAsync(dashboard.AppHost.LoginUrl.ToString());
        await SendPredictionsAsync(await DashboardPage.EndpointAsync(page, "api"));

        await page.GotoAsync(MetricsChart.Url(dashboard.AppHost.DashboardUrl, "predictor", "Predictor", "prediction_duration"));
        // The legend lists "Exemplars" once the chart has one; on two busy cores the first render can take a while.
        await Expect(page.GetByText("Exemplars", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await ShowHoveredExemplarAsync(page);
        // Telemetry arrives every second and the chart redraws: retry until a press on an exemplar opens its span.
        var chart = page.Url;
        var spanId = await TestSupport.Eventually.ValueAsync<string?>(async () =>
        {
            if (page.Url != chart) await page.GotoAsync(chart);
            await MetricsChart.OpenNewestExemplarAsync(page);
            await page.WaitForURLAsync(SpanDetail(), new() { Timeout = 5_000, WaitUntil = WaitUntilState.Commit });
            return SpanDetail().Match(page.Url).Groups["span"].Value;
        }, id => id is not null, TimeSpan.FromSeconds(90), "a press on an exemplar to open its span");

        // The trace of an api /predict request, opened at the span the exemplar carried: a predictor replica's
        // "predict" span, whose details name that span id.
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = PredictSpanHeading(spanId!) })).ToBeVisibleAsync();
        await Expect(page.GetByText(spanId!).Filter(new() { Visible = true }).First).ToBeVisibleAsync();
        // The api's request is in the same trace (under the traffic generator's client span when traffic runs, where
        // the trace view folds its label away, so "in the page" rather than "visible").
        await Expect(page.GetByText("api: GET /predict/{ticker}").First).ToBeAttachedAsync();
        await BrowserFixture.ScreenshotAsync(page, "exemplar-trace");
    }

    // For the docs' picture: the chart with an exemplar's label (its span, value and time) showing. A redraw can
    // drop the label before it shows, so a few tries; the test's assertions do not depend on it.
    private static async Task ShowHoveredExemplarAsync(IPage page)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                await MetricsChart.HoverNewestExemplarAsync(page);
                break;
            }
            catch (TimeoutException)
            {
            }
        }
        await BrowserFixture.ScreenshotAsync(page, "exemplar-chart");
    }

    // Predictions for tickers no other browser test asks for: each a cache miss that reaches a predictor inside a
    // sampled trace, so the chart has exemplars even when no traffic runs.
    private static async Task SendPredictionsAsync(Uri api)
    {
        using var http = new HttpClient { BaseAddress = api };
        foreach (var ticker in (string[])["MSFT", "GOOGL", "AMZN", "JPM"])
            (await http.GetAsync($"/predict/{ticker}?model=normal")).EnsureSuccessStatusCode();
    }
}
