using System.IO.Compression;
using System.Net;
using System.Text;
using ServiceDefaults.Tests.Support;

namespace ServiceDefaults.Tests.Prometheus;

[Collection(AppCollection.Name)]
public sealed class ScrapeEndpointTests
{
    [Fact]
    public async Task PlainGetServesTextFormat()
    {
        await using var app = await ExporterTestApp.StartAsync("endpoint.plain");
        app.Meter.CreateCounter<long>("hits", description: "Hits.").Add(2);

        using var response = await app.GetAsync("metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("hits_total{otel_scope_name=\"endpoint.plain\",otel_scope_version=\"2.0\"} 2\n", body);
        var target = Assert.Single(body.Split('\n'), l => l.StartsWith("target_info{", StringComparison.Ordinal));
        Assert.Contains("service_name=\"svc\"", target);
        Assert.Contains("service_instance_id=\"i-1\"", target);
        Assert.Contains("deployment_environment=\"test\"", target);
        Assert.EndsWith("} 1", target);
        Assert.DoesNotContain("# EOF", body);
        await PromtoolAssert.AcceptsAsync(body);
    }

    [Theory]
    [InlineData(ContentNegotiationTests.Prometheus2Accept)]
    [InlineData(ContentNegotiationTests.Prometheus3Accept)]
    public async Task PrometheusAcceptHeaderGetsOpenMetrics(string accept)
    {
        await using var app = await ExporterTestApp.StartAsync("endpoint.om");
        app.Meter.CreateCounter<long>("hits").Add(2);

        using var response = await app.GetAsync("metrics", accept);

        var contentType = response.Content.Headers.ContentType!;
        Assert.Equal("application/openmetrics-text", contentType.MediaType);
        Assert.Contains(contentType.Parameters, p => p.Name == "version" && p.Value == "1.0.0");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("# TYPE hits counter\n", body);
        Assert.EndsWith("\n# EOF\n", body);
    }

    [Fact]
    public async Task ParallelScrapesOfBothFormatsAllGetCompleteDocuments()
    {
        await using var app = await ExporterTestApp.StartAsync("endpoint.parallel");
        var counter = app.Meter.CreateCounter<long>("hits");
        for (var i = 0; i < 200; i++) counter.Add(1, new KeyValuePair<string, object?>("route", $"/r{i}"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(async i =>
        {
            using var response = await app.GetAsync("metrics", i % 2 == 0 ? ContentNegotiationTests.Prometheus2Accept : null);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(), OpenMetrics: i % 2 == 0);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(responses, r => Assert.Equal(200, r.Body.Split('\n').Count(l => l.StartsWith("hits_total{", StringComparison.Ordinal))));
        Assert.All(responses.Where(r => r.OpenMetrics), r => Assert.EndsWith("# EOF\n", r.Body));
        Assert.All(responses.Where(r => !r.OpenMetrics), r => Assert.DoesNotContain("# EOF", r.Body));
    }

    [Fact]
    public async Task GzipIsUsedWhenAccepted()
    {
        await using var app = await ExporterTestApp.StartAsync("endpoint.gzip");
        app.Meter.CreateCounter<long>("hits").Add(1);

        using var response = await app.GetAsync("metrics", acceptEncoding: "gzip");
        var compressed = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        await using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        Assert.Contains("hits_total{otel_scope_name=\"endpoint.gzip\",otel_scope_version=\"2.0\"} 1\n", body);
        Assert.True(compressed.Length * 4 < body.Length, $"{compressed.Length} compressed bytes for {body.Length}");
    }

    [Fact]
    public async Task ConfiguredPathIsServedInsteadOfDefault()
    {
        await using var app = await ExporterTestApp.StartAsync("endpoint.path",
            new Dictionary<string, string?> { ["Metrics:Prometheus:Path"] = "/internal/prom" });

        using var custom = await app.GetAsync("internal/prom");
        using var standard = await app.GetAsync("metrics");

        Assert.Equal(HttpStatusCode.OK, custom.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, standard.StatusCode);
    }

    [Fact]
    public async Task BearerTokenIsEnforcedOnTheAppPort()
    {
        await using var app = await ExporterTestApp.StartAsync("endpoint.token",
            new Dictionary<string, string?> { ["Metrics:Prometheus:BearerToken"] = "s3cret" });

        using var missing = await app.GetAsync("metrics");
        using var wrong = await app.GetAsync("metrics", token: "guess");
        using var right = await app.GetAsync("metrics", token: "s3cret");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Bearer", missing.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("target_info", await right.Content.ReadAsStringAsync());
    }
}
