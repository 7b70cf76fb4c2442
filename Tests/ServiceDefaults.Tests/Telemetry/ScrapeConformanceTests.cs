using Microsoft.AspNetCore.Builder;
using ServiceDefaults.Tests.Support;
using TestSupport;

namespace ServiceDefaults.Tests.Telemetry;

[Collection(AppCollection.Name)]
public sealed class ScrapeConformanceTests
{
    [Fact]
    public async Task WholeScrapeOfAServiceWithTrafficPassesPromtool()
    {
        await using var backend = await Backend.RespondingAsync("ok");
        await using var app = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["services:backend:http:0"] = backend.Url },
            mapEndpoints: a => a.MapGet("/call", async (IHttpClientFactory clients) =>
                await clients.CreateClient().GetStringAsync("http://backend/")));
        (await app.Http.GetAsync("/call")).EnsureSuccessStatusCode();
        await app.Http.GetAsync("/missing");

        var scrape = await Scrape.FetchAsync(app.Http);
        var result = await Promtool.CheckMetricsAsync(scrape.Text);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.NotEmpty(scrape.Named("http_client_request_duration_seconds_count"));
        Assert.NotEmpty(scrape.Named("kestrel_active_connections"));
        Assert.NotEmpty(scrape.Named("dotnet_assemblies_loaded"));
        Assert.Empty(scrape.Named("dotnet_assembly_count"));
    }
}
