using TestSupport;

namespace Faults.Tests;

// For docs/demo.md: when eng/screenshots.sh sets SCREENSHOT_DIRECTORY, a picture of Prometheus' alerts page while
// a fault's alert is firing. Debian's chromium in headless mode takes it; one static page needs no Playwright.
internal static class AlertsPicture
{
    public static async Task TakeAsync(Uri prometheus, string name)
    {
        if (Environment.GetEnvironmentVariable("SCREENSHOT_DIRECTORY") is not { Length: > 0 } directory) return;
        var path = Path.Combine(Path.GetFullPath(directory, RepositoryRoot.Path), name + ".png");
        using var profile = new TestSupport.TempDirectory();
        await using var chromium = ExternalProcess.Start(Tool.Find("chromium", "chromium"),
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
            $"--user-data-dir={profile.Path}", "--window-size=1400,900", $"--screenshot={path}",
            new Uri(prometheus, "classic/alerts").ToString(),
        ]);
        var exit = await chromium.WaitForExitAsync(TimeSpan.FromSeconds(60));
        Assert.True(exit == 0 && File.Exists(path), $"chromium took no picture of the alerts page ({exit}):\n{chromium.Output}");
    }
}
