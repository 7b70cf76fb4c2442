using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ServiceDefaults.Tests.Support;

namespace ServiceDefaults.Tests.Health;

[Collection(AppCollection.Name)]
public sealed class HealthEndpointTests
{
    private static Task<TestApp> StartWithCheckAsync(HealthStatus status) =>
        TestApp.StartAsync(configureServices: b => b.Services.AddHealthChecks()
            .AddCheck("cache", () => new HealthCheckResult(status, $"cache is {status}")));

    private static async Task<(HttpStatusCode Code, JsonElement Body, string? ContentType)> GetAsync(TestApp app, string path)
    {
        using var response = await app.Http.GetAsync(path);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body, response.Content.Headers.ContentType?.MediaType);
    }

    private static JsonElement Check(JsonElement body, string name) =>
        body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    [Fact]
    public async Task HealthNamesEveryCheckWithStatusDescriptionAndDuration()
    {
        await using var app = await StartWithCheckAsync(HealthStatus.Healthy);
        var (code, body, contentType) = await GetAsync(app, "/health");

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("application/json", contentType);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var cache = Check(body, "cache");
        Assert.Equal("Healthy", cache.GetProperty("status").GetString());
        Assert.Equal("cache is Healthy", cache.GetProperty("description").GetString());
        Assert.True(cache.GetProperty("durationMs").GetDouble() >= 0);
        Assert.Equal("Healthy", Check(body, "self").GetProperty("status").GetString());
    }

    [Fact]
    public async Task DegradedCheckKeepsHealthAt200AndSaysDegraded()
    {
        await using var app = await StartWithCheckAsync(HealthStatus.Degraded);
        var (code, body, _) = await GetAsync(app, "/health");

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        Assert.Equal("Degraded", Check(body, "cache").GetProperty("status").GetString());
    }

    [Fact]
    public async Task UnhealthyCheckMakesHealth503ButLeavesAliveAt200()
    {
        await using var app = await StartWithCheckAsync(HealthStatus.Unhealthy);

        var (healthCode, health, _) = await GetAsync(app, "/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, healthCode);
        Assert.Equal("Unhealthy", health.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", Check(health, "cache").GetProperty("status").GetString());

        var (aliveCode, alive, _) = await GetAsync(app, "/alive");
        Assert.Equal(HttpStatusCode.OK, aliveCode);
        Assert.Equal(["self"], alive.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task AliveRunsOnlyChecksTaggedLive()
    {
        await using var app = await TestApp.StartAsync(configureServices: b => b.Services.AddHealthChecks()
            .AddCheck("event-loop", () => HealthCheckResult.Unhealthy("stuck"), [Microsoft.Extensions.Hosting.Extensions.LiveTag])
            .AddCheck("database", () => HealthCheckResult.Healthy()));

        var (code, alive, _) = await GetAsync(app, "/alive");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, code);
        var names = alive.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).Order();
        Assert.Equal(["event-loop", "self"], names);
    }
}
