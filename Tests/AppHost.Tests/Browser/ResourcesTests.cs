using static Microsoft.Playwright.Assertions;

namespace AppHost.Tests.Browser;

// The Aspire dashboard as a person first sees it after following the console's login URL.
[Collection(DashboardCollection.Name)]
public sealed class ResourcesTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task TheConsoleLoginUrlLogsInAndEveryResourceRunsWithoutAnErrorBanner()
    {
        var page = dashboard.Page;
        await Expect(page).ToHaveURLAsync(dashboard.AppHost.DashboardUrl.ToString());
        foreach (var resource in (string[])["cache", "prometheus", "api"])
            await Expect(DashboardPage.ResourceRow(page, resource).Locator("td[title='Running']")).ToHaveCountAsync(1);
        await Expect(DashboardPage.ReplicaRows(page, "predictor").Locator("td[title='Running']")).ToHaveCountAsync(2);

        await Expect(DashboardPage.ErrorBanners(page)).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "dashboard");
    }

    [Fact]
    public async Task GrafanaIsListedAsNotStartedWithTheReason()
    {
        var page = await dashboard.NewPageAsync();
        await page.GotoAsync(dashboard.AppHost.LoginUrl.ToString());
        var grafana = DashboardPage.ResourceRow(page, "grafana");
        await Expect(grafana.Locator("td[title='Not started']")).ToHaveCountAsync(1);

        await grafana.Locator("td").First.ClickAsync();

        await Expect(page.GetByText("Grafana runs only as a container, and Hosting:ResourceMode=executable.")).ToBeVisibleAsync();
    }

    // Debian's Prometheus serves only its classic UI (under /classic): the links go there, and they answer.
    [Fact]
    public async Task PrometheusHasItsUrlsAndTheApiALinkToItsMetrics()
    {
        var page = dashboard.Page;
        var prometheus = DashboardPage.ResourceRow(page, "prometheus");
        await Expect(prometheus.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Prometheus", Exact = true })).ToHaveCountAsync(1);
        foreach (var (name, path) in new[] { ("Targets", "targets"), ("Alerts", "alerts") })
        {
            var link = prometheus.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = name, Exact = true });
            await Expect(link).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($@"^http://localhost:\d+/classic/{path}$"));
            using var http = new HttpClient();
            (await http.GetAsync(await link.GetAttributeAsync("href"))).EnsureSuccessStatusCode();
        }
        await Expect(DashboardPage.ResourceRow(page, "api").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "/metrics" }))
            .ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"^http://localhost:\d+/metrics$"));
    }
}
