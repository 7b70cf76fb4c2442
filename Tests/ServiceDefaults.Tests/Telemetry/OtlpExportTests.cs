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

    // The dashboard stops before the services do; a service's last flush must not hold its exit for the
    // exporter's default 10 s. The endpoint here accepts connections and never answers.
    [Fact]
    public async Task AnUnansweringOtlpEndpointDelaysStoppingByTheShortExportTimeoutNotTenSeconds()
    {
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{((System.Net.IPEndPoint)silent.LocalEndpoint).Port}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        }, mapEndpoints: a => a.MapGet("/ping", () => "pong"));
        (await app.Http.GetAsync("/ping")).EnsureSuccessStatusCode();

        var stopping = System.Diagnostics.Stopwatch.StartNew();
        await app.DisposeAsync();

        Assert.Equal("2000", Microsoft.Extensions.Hosting.Extensions.DefaultOtlpTimeoutMilliseconds);
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(8), $"stopping took {stopping.Elapsed.TotalSeconds:0.0} s");
    }
}
