using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ServiceDefaults.Tests.Support;

namespace ServiceDefaults.Tests.Metrics;

[Collection(AppCollection.Name)]
public sealed class MetricsSwitchTests
{
    public static TheoryData<string, string> SwitchedOff => new()
    {
        { "Metrics:Enabled", "false" },
        { "OTEL_METRICS_EXPORTER", "none" },
        { "OTEL_METRICS_EXPORTER", "NONE" },
    };

    [Theory]
    [MemberData(nameof(SwitchedOff))]
    public async Task MetricsOffBuildsNoMeterProviderAndNothingListens(string key, string value)
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { [key] = value });

        Assert.Null(app.Services.GetService<MeterProvider>());
        var counter = app.Services.GetRequiredService<IMeterFactory>().Create("Tests.Off").CreateCounter<long>("off.probe");
        Assert.False(counter.Enabled, "no MeterProvider means no listener behind any instrument");
        Assert.NotNull(app.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task MetricsOnByDefaultBuildsTheMeterProvider()
    {
        await using var app = await TestApp.StartAsync();

        Assert.NotNull(app.Services.GetService<MeterProvider>());
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task MetricsOffAnswersTheScrapePathWithNotFoundProblem()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Metrics:Enabled"] = "false" });

        var response = await app.Http.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task MetricsOffStillSendsTracesAndLogsButNoMetricsToOtlp()
    {
        var received = new ConcurrentBag<string>();
        await using var collector = await Backend.StartAsync((ctx, _) =>
        {
            received.Add($"{ctx.Request.Method} {ctx.Request.Path}");
            return Task.CompletedTask;
        });
        var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Metrics:Enabled"] = "false",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Url,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        }, mapEndpoints: a => a.MapGet("/ping", (ILogger<MetricsSwitchTests> logger) =>
        {
            logger.LogWarning("ping answered");
            return "pong";
        }));
        (await app.Http.GetAsync("/ping")).EnsureSuccessStatusCode();
        Assert.Null(app.Services.GetService<MeterProvider>());

        // Disposing the app disposes the providers, which flush the exporters.
        await app.DisposeAsync();

        Assert.Contains("POST /v1/traces", received);
        Assert.Contains("POST /v1/logs", received);
        Assert.DoesNotContain("POST /v1/metrics", received);
    }
}
