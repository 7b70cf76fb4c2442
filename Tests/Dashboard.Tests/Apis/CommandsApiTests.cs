using System.Net;
using Dashboard.Tests.Support;
using Hosting.Dashboard.Model;

namespace Dashboard.Tests.Apis;

public sealed class CommandsApiTests : IAsyncLifetime
{
    private DashboardFixture _dashboard = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _dashboard = await DashboardFixture.StartAsync();
        _dashboard.Backend.Publish(InMemoryBackend.Resource("api"));
        _client = await _dashboard.LoggedInAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _dashboard.DisposeAsync();
    }

    private HttpRequestMessage Post(string path, string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (origin is not null) request.Headers.Add("Origin", origin);
        return request;
    }

    private string SameOrigin => _dashboard.Server.BaseUrl.GetLeftPart(UriPartial.Authority);

    [Theory]
    [InlineData("stop", ResourceCommand.Stop)]
    [InlineData("start", ResourceCommand.Start)]
    [InlineData("restart", ResourceCommand.Restart)]
    public async Task ACommandFromTheDashboardsOwnPageRuns(string command, ResourceCommand expected)
    {
        using var response = await _client.SendAsync(Post($"/api/resources/api/{command}", SameOrigin));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(("api", expected), Assert.Single(_dashboard.Backend.Commands));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://evil.example")]
    [InlineData("http://127.0.0.1:1")]
    public async Task ACommandFromAnotherOriginIsForbiddenAndNotRun(string? origin)
    {
        using var response = await _client.SendAsync(Post("/api/resources/api/stop", origin));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_dashboard.Backend.Commands);
    }

    [Fact]
    public async Task ACommandWithoutTheTokenIsUnauthorized()
    {
        using var anonymous = _dashboard.Anonymous();
        using var response = await anonymous.SendAsync(Post("/api/resources/api/stop", SameOrigin));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_dashboard.Backend.Commands);
    }

    [Theory]
    [InlineData("/api/resources/api/explode", HttpStatusCode.NotFound)]
    [InlineData("/api/resources/api/1", HttpStatusCode.NotFound)]
    [InlineData("/api/resources/nope/restart", HttpStatusCode.NotFound)]
    public async Task UnknownCommandsAndResourcesAreProblems(string path, HttpStatusCode expected)
    {
        using var response = await _client.SendAsync(Post(path, SameOrigin));
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_dashboard.Backend.Commands);
    }

    [Fact]
    public async Task CommandsAreNotRunByAGet()
    {
        using var response = await _client.GetAsync("/api/resources/api/stop");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Empty(_dashboard.Backend.Commands);
    }
}
