using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AppHost.Tests.Browser;

// How the Aspire dashboard's resources grid reads to a test: one row per resource or replica,
// the name in a cell titled "<type>: <name>", the state in a cell titled with the state.
public static partial class DashboardPage
{
    public static ILocator ResourceRow(IPage page, string name) =>
        page.Locator("tr.resource-row", new() { Has = page.Locator($"td[title$=': {name}']") });

    public static ILocator ReplicaRows(IPage page, string resource) =>
        page.Locator("tr.resource-row", new() { Has = page.Locator($"td[title*=': {resource}-']") });

    public static ILocator ErrorBanners(IPage page) =>
        page.Locator(".dashboard-message-bar-icon svg[style*='var(--error)']");

    // The resource's own URL in the grid (http://localhost:port), as a person would click it.
    public static async Task<Uri> EndpointAsync(IPage page, string resource)
    {
        var row = ResourceRow(page, resource);
        await row.Locator("a").First.WaitForAsync();
        var links = await row.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.textContent.trim())");
        return new Uri(links.First(l => LocalUrl().IsMatch(l)));
    }

    [GeneratedRegex(@"^http://localhost:\d+$")]
    private static partial Regex LocalUrl();
}
