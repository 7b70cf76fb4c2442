using static Microsoft.Playwright.Assertions;

namespace AppHost.Tests.Browser;

// OTLP from ServiceDefaults reaches the dashboard: a prediction's trace spans both services, and
// the predictor's own instruments are listed under its metrics.
[Collection(DashboardCollection.Name)]
public sealed partial class TelemetryTests(DashboardFixture dashboard)
{
    [System.Text.RegularExpressions.GeneratedRegex("^predictor-[a-z0-9]+$")]
    private static partial System.Text.RegularExpressions.Regex PredictorReplica();

    [System.Text.RegularExpressions.GeneratedRegex("traces/detail/[0-9a-f]+")]
    private static partial System.Text.RegularExpressions.Regex TraceDetail();

    [Fact]
    public async Task APredictionsTraceSpansTheApiAndThePredictor()
    {
        var page = await dashboard.NewPageAsync();
        await page.GotoAsync(dashboard.AppHost.LoginUrl.ToString());
        using var api = new HttpClient { BaseAddress = await DashboardPage.EndpointAsync(page, "api") };
        (await api.GetAsync("/predict/NVDA?model=normal")).EnsureSuccessStatusCode();

        await page.GotoAsync(new Uri(dashboard.AppHost.DashboardUrl, "/traces").ToString());
        var trace = page.Locator("tr", new() { HasText = "GET /predict/{ticker}" }).Filter(new() { HasText = "predictor" }).First;
        await Expect(trace).ToContainTextAsync("api");
        await trace.GetByText("GET /predict/{ticker}").First.ClickAsync();

        // The trace's detail: the api's request span with the predictor replica's spans below it.
        await Expect(page).ToHaveURLAsync(TraceDetail());
        await Expect(page.GetByText("api: GET /predict/{ticker}").First).ToBeVisibleAsync();
        await Expect(page.GetByText(PredictorReplica()).First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "trace");
    }

    [Fact]
    public async Task ThePredictorsPredictionsInstrumentIsInItsMetrics()
    {
        var page = await dashboard.NewPageAsync();
        await page.GotoAsync(dashboard.AppHost.LoginUrl.ToString());
        using var api = new HttpClient { BaseAddress = await DashboardPage.EndpointAsync(page, "api") };
        (await api.GetAsync("/predict/META?model=earnings")).EnsureSuccessStatusCode();

        await page.GotoAsync(new Uri(dashboard.AppHost.DashboardUrl, "/metrics/resource/predictor").ToString());
        // The tree lists each meter's instruments; the predictor's own meter is "Predictor".
        var instrument = page.Locator("fluent-tree-item[id$='-Predictor-predictions']");
        await instrument.ClickAsync();

        await Expect(instrument).ToHaveAttributeAsync("selected", "");
        await Expect(page.GetByText("Select instrument.")).ToHaveCountAsync(0);
        await Expect(page.Locator("main").GetByText("predictions", new() { Exact = true }).Last).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "metrics");
    }
}
