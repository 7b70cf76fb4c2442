using Dashboard.Tests.Support;
using Hosting.Dashboard.Model;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser;

// The pages in a real browser over an in-memory backend: rendering, live updates and commands, no processes.
[Collection(BrowserCollection.Name)]
public sealed class DashboardPagesTests(BrowserFixture browser) : IAsyncLifetime
{
    private DashboardFixture _dashboard = null!;

    public async Task InitializeAsync()
    {
        _dashboard = await DashboardFixture.StartAsync();
        _dashboard.Backend.Publish(InMemoryBackend.Resource("cache", type: "Redis",
            environment: new Dictionary<string, string> { ["REDIS_PASSWORD"] = "hunter2" }));
        _dashboard.Backend.Publish(InMemoryBackend.Resource("predictor", replicas: 2));
        _dashboard.Backend.Publish(InMemoryBackend.Resource("api"));
        _dashboard.Backend.Links = new DashboardLinks(null, null, "no container runtime");
    }

    public async Task DisposeAsync() => await _dashboard.DisposeAsync();

    [Fact]
    public async Task WithoutTheTokenTheBrowserLandsOnTheLoginPage()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_dashboard.Server.BaseUrl.ToString());
        await Expect(page).ToHaveURLAsync(new Uri(_dashboard.Server.BaseUrl, "/login").ToString());
        await page.FillAsync("input[name=token]", _dashboard.Server.Token);
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("tr[data-resource=api] [data-field=state]")).ToHaveTextAsync("Running");
    }

    [Fact]
    public async Task ResourcesUpdateLiveAndRestartCountsGoUp()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_dashboard.Server.LoginUrl.ToString());
        var api = page.Locator("tr[data-resource=api]");
        await Expect(api.Locator("[data-field=state]")).ToHaveTextAsync("Running");
        await Expect(page.Locator("tr[data-replica]")).ToHaveCountAsync(2);
        await Expect(page.Locator("#grafana-reason")).ToContainTextAsync("no container runtime");

        _dashboard.Backend.Publish(InMemoryBackend.Resource("api", state: "Exited"));
        await Expect(api.Locator("[data-field=state]")).ToHaveTextAsync("Exited");

        await api.Locator("button[data-command=restart]").ClickAsync();
        await Expect(api.Locator("[data-field=state]")).ToHaveTextAsync("Running");
        await Expect(api.Locator("[data-field=restarts]")).ToHaveTextAsync("1");
        Assert.Equal(("api", ResourceCommand.Restart), Assert.Single(_dashboard.Backend.Commands));

        await page.Locator("tr[data-resource=cache] summary", new() { HasText = "environment" }).ClickAsync();
        await Expect(page.Locator("tr[data-resource=cache] dl.env")).ToContainTextAsync("REDIS_PASSWORD******");
        await BrowserFixture.ScreenshotAsync(page, "in-memory-resources");
    }

    [Fact]
    public async Task ConsoleLogsStreamLiveWithoutColourCodes()
    {
        _dashboard.Backend.WriteLog("api", "\u001b[32minfo\u001b[39m: first line");
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_dashboard.Server.LoginUrl.ToString());
        await page.GotoAsync(new Uri(_dashboard.Server.BaseUrl, "/logs?resource=api").ToString());
        var log = page.Locator("#log");
        await Expect(log).ToContainTextAsync("info: first line");
        _dashboard.Backend.WriteLog("api", "second line, written after the page opened");
        await Expect(log).ToContainTextAsync("second line, written after the page opened");
        Assert.DoesNotContain("\u001b", await log.InnerTextAsync());
    }
}
