using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using ServiceDefaults.Tests.Support;

namespace ServiceDefaults.Tests.Telemetry;

[Collection(AppCollection.Name)]
public sealed class OtlpExportTests
{
    [Fact]
    public async Task MetricsTracesAndLogsAreSentToTheOtlpEndpointWhenOneIsConfigured()
    {
        var received = new ConcurrentBag<string>();
        await using var collector = await Backend.StartAsync((ctx, _) =>
        {
            received.Add($"{ctx.Request.Method} {ctx.Request.Path} {ctx.Request.ContentType}");
            return Task.CompletedTask;
        });
        var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Url,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        }, mapEndpoints: a => a.MapGet("/ping", (ILogger<OtlpExportTests> logger) =>
        {
            logger.LogWarning("ping answered");
            return "pong";
        }));
        (await app.Http.GetAsync("/ping")).EnsureSuccessStatusCode();

        // Disposing the app disposes the providers, which flush both exporters.
        await app.DisposeAsync();

        Assert.Contains("POST /v1/traces application/x-protobuf", received);
        Assert.Contains("POST /v1/metrics application/x-protobuf", received);
        Assert.Contains("POST /v1/logs application/x-protobuf", received);
    }
}
