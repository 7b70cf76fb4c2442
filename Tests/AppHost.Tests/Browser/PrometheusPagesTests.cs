using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AppHost.Tests.Browser;

// The Prometheus pages docs/demo.md sends people to, reached from the dashboard's links on the prometheus
// resource: the alerts with every rule group loaded, and a graph of the api's request rate by route.
[Collection(DashboardCollection.Name)]
public sealed class PrometheusPagesTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task TheAlertsLinkShowsTheAlertRulesFromTheRepository()
    {
        var page = await dashboard.NewPageAsync();
        await page.GotoAsync(dashboard.AppHost.LoginUrl.ToString());
        await page.GotoAsync(await PrometheusLinkAsync(page, "Alerts"));

        foreach (var alert in (string[])["HighLatencyP95", "HighErrorRate", "PredictionLatencyHigh", "CacheErrors", "TargetDown"])
            await Expect(page.Locator("tr.alert_header", new() { HasText = alert })).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "prometheus-alerts");
    }

    [Fact]
    public async Task TheGraphOfTheApisRequestRateHasASeriesPerRoute()
    {
        var page = await dashboard.NewPageAsync();
        await page.GotoAsync(dashboard.AppHost.LoginUrl.ToString());
        var alerts = new Uri(await PrometheusLinkAsync(page, "Alerts"));
        using (var api = new HttpClient { BaseAddress = await DashboardPage.EndpointAsync(page, "api") })
            for (var i = 0; i < 3; i++) (await api.GetAsync("/predict/NFLX?model=normal")).EnsureSuccessStatusCode();

        const string query = "sum by (http_route) (rate(http_server_request_duration_seconds_count{job=\"api\"}[1m]))";
        // The chart moves: the predictions' route gets a rate once two scrapes have seen them, and a line to draw
        // once that rate has lasted a few seconds (one point draws nothing).
        using var prometheus = new HttpClient { BaseAddress = new Uri(alerts, "/") };
        const string predictRate = "sum(rate(http_server_request_duration_seconds_count{job=\"api\",http_route=\"/predict/{ticker}\"}[1m])) > 0";
        await TestSupport.Eventually.TrueAsync(async () =>
        {
            var end = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var range = await prometheus.GetFromJsonAsync<JsonElement>(
                $"api/v1/query_range?query={Uri.EscapeDataString(predictRate)}&start={end - 120}&end={end}&step=1");
            var series = range.GetProperty("data").GetProperty("result");
            return series.GetArrayLength() == 1 && series[0].GetProperty("values").GetArrayLength() >= 10;
        }, TimeSpan.FromSeconds(90), "ten seconds of request rate for the api's /predict/{ticker} route");
        await page.GotoAsync(new Uri(alerts, $"graph?g0.expr={Uri.EscapeDataString(query)}&g0.tab=0&g0.range_input=2m").ToString());

        // Rickshaw's legend lists one line per series: the predictions' route, and /health (probed from the start).
        await Expect(page.Locator(".legend li.line").First).ToBeVisibleAsync();
        await Expect(page.Locator(".legend li.line", new() { HasText = "/predict/{ticker}" })).ToHaveCountAsync(1);
        await Expect(page.Locator(".legend li.line", new() { HasText = "/health" })).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "prometheus-graph");
    }

    private static async Task<string> PrometheusLinkAsync(IPage page, string name)
    {
        var link = DashboardPage.ResourceRow(page, "prometheus").GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
        return (await link.GetAttributeAsync("href"))!;
    }
}
