using System.Net;
using System.Net.Http.Headers;
using ServiceDefaults.Tests.Support;
using TestSupport;

namespace ServiceDefaults.Tests.Prometheus;

// Metrics:Prometheus:Port moves /metrics to an extra listen address of the same app (RequireHost plus a check of
// the port the connection arrived on), loopback by default.
[Collection(AppCollection.Name)]
public sealed class ManagementPortTests
{
    [Fact]
    public async Task MetricsMoveToTheManagementPortBehindTheToken()
    {
        var managementPort = FreePort.Next();
        await using var app = await ExporterTestApp.StartAsync("management.port", new Dictionary<string, string?>
        {
            ["Metrics:Prometheus:Port"] = managementPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Metrics:Prometheus:BearerToken"] = "m4nage",
        });
        app.Meter.CreateCounter<long>("hits").Add(4);
        using var management = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{managementPort}/") };

        using var onAppPort = await app.GetAsync("metrics", token: "m4nage");
        using var withoutToken = await management.GetAsync("metrics");
        using var request = new HttpRequestMessage(HttpMethod.Get, "metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "m4nage");
        using var withToken = await management.SendAsync(request);
        using var spoofedHost = new HttpRequestMessage(HttpMethod.Get, "metrics");
        spoofedHost.Headers.Host = $"127.0.0.1:{managementPort}";
        spoofedHost.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "m4nage");
        using var onAppPortWithMetricsHost = await app.Http.SendAsync(spoofedHost);

        Assert.Equal(HttpStatusCode.NotFound, onAppPort.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
        Assert.Equal("application/problem+json", withoutToken.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.Contains("hits_total{otel_scope_name=\"management.port\",otel_scope_version=\"2.0\"} 4\n",
            await withToken.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, onAppPortWithMetricsHost.StatusCode);
    }

    [Fact]
    public async Task ManagementPortClosesWithTheApp()
    {
        var managementPort = FreePort.Next();
        var app = await ExporterTestApp.StartAsync("management.stop", new Dictionary<string, string?>
        {
            ["Metrics:Prometheus:Port"] = managementPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var management = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{managementPort}/") };
        using (var before = await management.GetAsync("metrics")) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await app.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => management.GetAsync("metrics"));
    }
}
