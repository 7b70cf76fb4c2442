using AppHost.Tests.Support;
using Microsoft.Playwright;

namespace AppHost.Tests.Browser;

// The AppHost running once for the collection, and chromium logged in to its Aspire dashboard with
// the URL the console printed.
public sealed class DashboardFixture : IAsyncLifetime
{
    private readonly BrowserFixture _browser = new();

    public AppHostProcess AppHost { get; private set; } = null!;
    public IPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _browser.InitializeAsync();
        AppHost = await AppHostProcess.StartAsync();
        Page = await _browser.NewPageAsync();
        await Page.GotoAsync(AppHost.LoginUrl.ToString());
        // The api starts last (it waits for Redis, both predictors and Prometheus' first scrapes): on two busy
        // cores that can take longer than one expectation's timeout, so the collection waits for it once, here.
        try
        {
            await Microsoft.Playwright.Assertions.Expect(DashboardPage.ResourceRow(Page, "api").Locator("td[title='Running']"))
                .ToHaveCountAsync(1, new() { Timeout = 150_000 });
        }
        catch (Microsoft.Playwright.PlaywrightException e)
        {
            throw new InvalidOperationException($"The api did not run. The AppHost's console:\n{AppHost.Output}", e);
        }
    }

    public Task<IPage> NewPageAsync() => _browser.NewPageAsync();

    public async Task DisposeAsync()
    {
        if (AppHost is not null) await AppHost.DisposeAsync();
        await _browser.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
