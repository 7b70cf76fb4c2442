using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.Support;
using Hosting.Dashboard.Model;

namespace Dashboard.Tests.Apis;

public sealed class ResourcesApiTests : IAsyncLifetime
{
    private DashboardFixture _dashboard = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _dashboard = await DashboardFixture.StartAsync();
        _dashboard.Backend.Publish(InMemoryBackend.Resource("cache", type: "Redis",
            environment: new Dictionary<string, string> { ["REDIS_PASSWORD"] = "hunter2" }));
        _dashboard.Backend.Publish(InMemoryBackend.Resource("predictor", replicas: 2, restarts: 1,
            environment: new Dictionary<string, string> { ["ConnectionStrings__cache"] = "127.0.0.1:6379,password=hunter2", ["OTEL_SERVICE_NAME"] = "predictor" }));
        _client = await _dashboard.LoggedInAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _dashboard.DisposeAsync();
    }

    [Fact]
    public async Task EveryResourceIsListedWithItsReplicasStateHealthEndpointsAndRestarts()
    {
        var resources = await _client.GetFromJsonAsync<JsonElement>("/api/resources");
        Assert.Equal(["cache", "predictor"], resources.EnumerateArray().Select(r => r.GetProperty("name").GetString()).Order());
        var predictor = resources.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "predictor");
        Assert.Equal("Running", predictor.GetProperty("state").GetString());
        Assert.Equal("Healthy", predictor.GetProperty("health").GetString());
        Assert.Equal(2, predictor.GetProperty("restarts").GetInt32());
        Assert.Equal(2, predictor.GetProperty("replicas").GetArrayLength());
        var replica = predictor.GetProperty("replicas")[0];
        Assert.Equal("predictor-0", replica.GetProperty("instanceId").GetString());
        Assert.Equal(4000, replica.GetProperty("pid").GetInt32());
        Assert.Equal("self", replica.GetProperty("healthChecks")[0].GetProperty("name").GetString());
        Assert.StartsWith("http://127.0.0.1:", predictor.GetProperty("endpoints")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task SecretsInTheEnvironmentNeverLeaveTheServer()
    {
        var body = await _client.GetStringAsync("/api/resources");
        Assert.DoesNotContain("hunter2", body);
        var predictor = await _client.GetFromJsonAsync<JsonElement>("/api/resources/predictor");
        var environment = predictor.GetProperty("replicas")[0].GetProperty("environment");
        Assert.Equal("127.0.0.1:6379,password=******", environment.GetProperty("ConnectionStrings__cache").GetString());
        Assert.Equal("predictor", environment.GetProperty("OTEL_SERVICE_NAME").GetString());
    }

    [Fact]
    public async Task AnUnknownResourceIsA404Problem()
    {
        using var response = await _client.GetAsync("/api/resources/nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var logs = await _client.GetAsync("/api/resources/nope/logs");
        Assert.Equal(HttpStatusCode.NotFound, logs.StatusCode);
    }

    [Fact]
    public async Task LinksSayWhyGrafanaIsNotThere()
    {
        _dashboard.Backend.Links = new DashboardLinks("http://127.0.0.1:9090", null, "no container runtime");
        var links = await _client.GetFromJsonAsync<JsonElement>("/api/links");
        Assert.Equal("http://127.0.0.1:9090", links.GetProperty("prometheusUrl").GetString());
        Assert.Equal(JsonValueKind.Null, links.GetProperty("grafanaUrl").ValueKind);
        Assert.Equal("no container runtime", links.GetProperty("grafanaUnavailableReason").GetString());
    }
}
