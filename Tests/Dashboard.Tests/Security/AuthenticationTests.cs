using System.Net;
using Dashboard.Tests.Support;
using Hosting.Dashboard;

namespace Dashboard.Tests.Security;

public sealed class AuthenticationTests : IAsyncLifetime
{
    private DashboardFixture _dashboard = null!;

    public async Task InitializeAsync()
    {
        _dashboard = await DashboardFixture.StartAsync();
        _dashboard.Backend.Publish(InMemoryBackend.Resource("api"));
    }

    public async Task DisposeAsync() => await _dashboard.DisposeAsync();

    [Theory]
    [InlineData("/api/resources")]
    [InlineData("/api/resources/api/logs")]
    [InlineData("/api/events")]
    [InlineData("/api/query_range?query=up")]
    [InlineData("/api/grafana/dashboards")]
    [InlineData("/api/nothing-here")]
    public async Task ApiWithoutTheTokenAnswers401ProblemJson(string path)
    {
        using var client = _dashboard.Anonymous();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/logs")]
    [InlineData("/metrics")]
    [InlineData("/resources.js")]
    public async Task PagesWithoutTheTokenRedirectToTheLoginPage(string path)
    {
        using var client = _dashboard.Anonymous();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task LoginUrlSetsAnHttpOnlyCookieAndRedirectsToTheResourcesPage()
    {
        using var client = _dashboard.Anonymous();
        using var response = await client.GetAsync(_dashboard.Server.LoginUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("dashboard_auth=", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(_dashboard.Server.Token, cookie);
    }

    [Fact]
    public async Task TheCookieFromTheLoginUrlOpensTheApi()
    {
        using var client = await _dashboard.LoggedInAsync();
        using var response = await client.GetAsync("/api/resources");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AWrongTokenIsRefused()
    {
        using var client = _dashboard.Anonymous();
        using var response = await client.GetAsync("/login?t=" + _dashboard.Server.Token + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task ABearerTokenOpensTheApiForScripts()
    {
        using var client = _dashboard.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", _dashboard.Server.Token);
        using var response = await client.GetAsync("/api/resources");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ACookieFromAnotherRunIsRefused()
    {
        await using var other = await DashboardFixture.StartAsync();
        using var login = other.Anonymous();
        using var loginResponse = await login.GetAsync(other.Server.LoginUrl);
        var foreignCookie = loginResponse.Headers.GetValues("Set-Cookie").Single().Split(';')[0];

        using var client = _dashboard.Anonymous();
        client.DefaultRequestHeaders.Add("Cookie", foreignCookie);
        using var response = await client.GetAsync("/api/resources");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheLoginUrlIsPrintedOnTheConsoleWithTheToken()
    {
        var printed = _dashboard.Console.ToString();
        Assert.Contains($"Login to the dashboard at http://127.0.0.1:{_dashboard.Server.BaseUrl.Port}/login?t={_dashboard.Server.Token}", printed);
        using var client = _dashboard.Anonymous();
        using var page = await client.GetAsync("/login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<form", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AConfiguredTokenIsUsedInsteadOfARandomOne()
    {
        await using var configured = await DashboardFixture.StartAsync(configure: o => o.Token = "let-me-in");
        Assert.Equal("let-me-in", configured.Server.Token);
        Assert.EndsWith("/login?t=let-me-in", configured.Server.LoginUrl.ToString());
        var other = new DashboardServer(new InMemoryBackend(), new DashboardOptions());
        Assert.Matches("^[0-9a-f]{32}$", other.Token);
    }
}
