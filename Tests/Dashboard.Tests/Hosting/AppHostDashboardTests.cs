using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.Browser;
using Dashboard.Tests.Support;
using Hosting.ApplicationModel;
using Hosting.Testing;
using TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Hosting;

// The dashboard as served by the running AppHost, driven through Debian's chromium.
[Collection(AppHostCollection.Name)]
public sealed class AppHostDashboardTests(AppHostFixture apphost, BrowserFixture browser)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task LoggingInThroughThePrintedUrlShowsEveryResourceRunning()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(apphost.Dashboard.LoginUrl.ToString());
        Assert.Equal(apphost.Dashboard.BaseUrl.ToString(), page.Url);
        var snapshots = apphost.App.ResourceNotifications.GetSnapshots();
        var running = snapshots.Where(s => !AppHostFixture.CannotRunHere(s)).Select(s => s.Name).Distinct().ToList();
        Assert.Superset(new HashSet<string> { "api", "predictor", "cache", "prometheus" }, running.ToHashSet());
        foreach (var name in running)
            await Expect(page.Locator($"tr[data-resource='{name}'] [data-field=state]")).ToHaveTextAsync("Running", new() { Timeout = 30_000 });
        foreach (var name in snapshots.Where(AppHostFixture.CannotRunHere).Select(s => s.Name).Distinct())
            await Expect(page.Locator($"tr[data-resource='{name}'] [data-field=state]")).ToHaveTextAsync("NotStarted");
        await Expect(page.Locator("#prometheus-link")).ToHaveAttributeAsync("href", apphost.App.GetEndpoint("prometheus").ToString().TrimEnd('/'));
        await BrowserFixture.ScreenshotAsync(page, "apphost-resources");
    }

    [Fact]
    public async Task ConsoleLogsShowALineTheApiPrinted()
    {
        var printed = await Eventually.ValueAsync(
            () => Task.FromResult(apphost.App.ResourceLogs.GetLogs("api").FirstOrDefault(l => l.Stream == LogStream.Stdout && l.Text.Trim().Length > 10)),
            line => line is not null, Patience, "a line printed by the api");
        var page = await browser.NewPageAsync();
        await page.GotoAsync(apphost.Dashboard.LoginUrl.ToString());
        await page.GotoAsync(new Uri(apphost.Dashboard.BaseUrl, "/logs?resource=api").ToString());
        await Expect(page.Locator("#log")).ToContainTextAsync(AnsiStripped(printed!.Text).Trim());
        await BrowserFixture.ScreenshotAsync(page, "apphost-logs");
    }

    [Fact]
    public async Task ARequestRateChartHasDataAfterTraffic()
    {
        using var api = apphost.App.CreateHttpClient("api");
        for (var i = 0; i < 20; i++) (await api.GetAsync("/")).Dispose();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(apphost.Dashboard.LoginUrl.ToString());
        await page.GotoAsync(new Uri(apphost.Dashboard.BaseUrl, "/metrics?resource=api").ToString());
        var chart = page.Locator(".chart[data-title^='Request rate']");
        await Eventually.TrueAsync(async () =>
        {
            (await api.GetAsync("/")).Dispose();
            await page.ClickAsync("#refresh");
            await Expect(chart).ToHaveAttributeAsync("data-points", new System.Text.RegularExpressions.Regex(".+"));
            return await chart.GetAttributeAsync("data-points") is { } points && int.Parse(points, System.Globalization.CultureInfo.InvariantCulture) > 0;
        }, Patience, "the request rate chart to show scraped data");
        await Expect(chart.Locator("canvas")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "apphost-metrics");
    }

    [Fact]
    public async Task TheProvisionedGrafanaDashboardsAreDrawnFromTheirOwnQueriesWithoutGrafana()
    {
        using var api = apphost.App.CreateHttpClient("api");
        var page = await browser.NewPageAsync();
        await page.GotoAsync(apphost.Dashboard.LoginUrl.ToString());
        await page.GotoAsync(new Uri(apphost.Dashboard.BaseUrl, "/metrics").ToString());
        var provisioned = Directory.GetFiles(RepositoryPaths.GrafanaDashboards, "*.json").Length;
        Assert.True(provisioned > 0, "grafana/dashboards has no dashboards");
        await Expect(page.Locator("#dashboard option")).ToHaveCountAsync(provisioned);
        var panels = page.Locator("#panels .chart");
        await Eventually.TrueAsync(async () =>
        {
            (await api.GetAsync("/")).Dispose();
            await page.ClickAsync("#refresh");
            await Expect(panels.First).ToHaveAttributeAsync("data-points", new System.Text.RegularExpressions.Regex(".+"));
            var points = await panels.EvaluateAllAsync<int[]>("boxes => boxes.map(b => Number(b.dataset.points || 0))");
            return points.Count(p => p > 0) >= 2;
        }, Patience, "panels of the first provisioned dashboard to show data");
        await BrowserFixture.ScreenshotAsync(page, "apphost-grafana-panels");
    }

    [Fact]
    public async Task RestartingAResourceShowsItsStateChangeAndAHigherRestartCount()
    {
        var before = apphost.App.ResourceNotifications.GetReplicas("api").Sum(r => r.RestartCount);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(apphost.Dashboard.LoginUrl.ToString());
        var row = page.Locator("tr[data-resource=api]");
        await Expect(row.Locator("[data-field=state]")).ToHaveTextAsync("Running");

        using var client = apphost.DashboardClient(loggedIn: true);
        var subscribed = new TaskCompletionSource();
        var watching = ServerSentEvents.ReadUntilAsync(client, "/api/events",
            events => ApiStates(events).SkipWhile(s => s == "Running").SkipWhile(s => s != "Running").Any(), Patience,
            onEvent: _ => subscribed.TrySetResult());
        await subscribed.Task.WaitAsync(Patience);
        await row.Locator("button[data-command=restart]").ClickAsync();

        var states = ApiStates(await watching).ToList();
        Assert.Contains(states, s => s != "Running");
        await Expect(row.Locator("[data-field=state]")).ToHaveTextAsync("Running", new() { Timeout = 60_000 });
        await Expect(row.Locator("[data-field=restarts]")).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task WithoutTheTokenTheApiAnswers401AndWithItListsTheResources()
    {
        using var anonymous = apphost.DashboardClient(loggedIn: false);
        using var refused = await anonymous.GetAsync("/api/resources");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using var client = apphost.DashboardClient(loggedIn: true);
        var resources = await client.GetFromJsonAsync<JsonElement>("/api/resources");
        Assert.Contains("api", resources.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
    }

    private static IEnumerable<string> ApiStates(List<(string Type, JsonElement Data)> events) =>
        events.Where(e => e.Data.GetProperty("name").GetString() == "api").Select(e => e.Data.GetProperty("state").GetString()!);

    private static string AnsiStripped(string text) => global::Hosting.Dashboard.AnsiEscapes.Strip(text);
}
