using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Apis;

public sealed class PagesTests : IAsyncLifetime
{
    private DashboardFixture _dashboard = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _dashboard = await DashboardFixture.StartAsync();
        _client = await _dashboard.LoggedInAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _dashboard.DisposeAsync();
    }

    [Theory]
    [InlineData("/", "text/html", "resources.js")]
    [InlineData("/logs", "text/html", "logs.js")]
    [InlineData("/metrics", "text/html", "uPlot.iife.min.js")]
    [InlineData("/common.js", "text/javascript", "renderHeader")]
    [InlineData("/lib/uPlot.iife.min.js", "text/javascript", "uPlot")]
    [InlineData("/lib/uPlot.min.css", "text/css", ".uplot")]
    public async Task PagesScriptsAndUPlotAreServedFromTheAssembly(string path, string mediaType, string expected)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnknownPathIsA404()
    {
        using var response = await _client.GetAsync("/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
