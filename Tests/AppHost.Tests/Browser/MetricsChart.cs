using Microsoft.Playwright;

namespace AppHost.Tests.Browser;

// An instrument's chart on the Aspire dashboard's metrics page, as a person uses it. The chart is Plotly's SVG:
// exemplars are the marker points (`path.point`) of the "Exemplars" series; hovering one shows its span, and
// pressing the mouse on it opens that span in its trace.
public static class MetricsChart
{
    public static string Url(Uri dashboard, string resource, string meter, string instrument) =>
        new Uri(dashboard, $"/metrics/resource/{resource}?meter={Uri.EscapeDataString(meter)}&instrument={Uri.EscapeDataString(instrument)}").ToString();

    public static ILocator ExemplarPoints(IPage page) => page.Locator(".scatterlayer .trace path.point");

    public static ILocator HoverLabel(IPage page) => page.Locator(".hoverlayer .hovertext");

    // Points the mouse at the newest (rightmost) exemplar and waits for its label. The chart redraws every second,
    // moving left as time passes, so the position is read right before the mouse goes there, and the mouse first
    // leaves the chart so that arriving is a fresh hover. Throws when no label shows (the caller retries).
    public static async Task HoverNewestExemplarAsync(IPage page)
    {
        await ExemplarPoints(page).First.WaitForAsync();
        await page.Mouse.MoveAsync(1, 1);
        var centres = await ExemplarPoints(page).EvaluateAllAsync<double[][]>(
            "points => points.map(p => { const r = p.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })");
        var newest = centres.MaxBy(c => c[0])!;
        await page.Mouse.MoveAsync((float)newest[0], (float)newest[1]);
        await HoverLabel(page).WaitForAsync(new() { Timeout = 5_000 });
    }

    // Plotly opens the exemplar on mousedown over the point it is hovering (not on a DOM click of the point), so
    // the press follows the label straight away, before a redraw can drop the hover.
    public static async Task OpenNewestExemplarAsync(IPage page)
    {
        await HoverNewestExemplarAsync(page);
        await page.Mouse.DownAsync();
        await page.Mouse.UpAsync();
    }
}
