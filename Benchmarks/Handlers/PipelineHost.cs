using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace Benchmarks.Handlers;

public enum PipelineConfiguration
{
    // WebApplication and the endpoint only, as Benchmarks/BareHello.
    Bare,
    // AddServiceDefaults + MapDefaultEndpoints as the services run them (no OTLP endpoint, as in eng/bench.sh).
    Everything,
    // The same with Metrics:Enabled=false: no MeterProvider.
    MetricsOff,
    // The same with OTEL_TRACES_SAMPLER=always_off: the TracerProvider samples nothing.
    TracingOff,
    MetricsAndTracingOff,
}

// An app answering GET / with the api's ServiceInfo shape, configured per PipelineConfiguration, on TestServer.
public sealed class PipelineHost : IAsyncDisposable
{
    private static readonly string[] Endpoints =
    [
        "GET /predict/{ticker}?model=normal|earnings", "GET /work?ms=0..10000", "GET /do_task?seconds=0..30",
        "POST /upload (multipart/form-data)", "GET /health", "GET /alive", "GET /metrics",
    ];

    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private PipelineHost(WebApplication app)
    {
        _app = app;
        _client = app.Services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>() is TestServer test
            ? test.CreateClient()
            : new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    // port null: TestServer (in process); a port: Kestrel on 127.0.0.1, for wrk. dropMeters: meters whose
    // instruments no view lets through, so nothing listens to them (to price one meter at a time).
    public static async Task<PipelineHost> StartAsync(PipelineConfiguration configuration, int? port = null, IReadOnlyList<string>? dropMeters = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        if (port is { } p) builder.WebHost.UseUrls($"http://127.0.0.1:{p}");
        else builder.WebHost.UseTestServer();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Configuration["OTEL_SERVICE_NAME"] = "api";
        if (configuration is PipelineConfiguration.MetricsOff or PipelineConfiguration.MetricsAndTracingOff)
            builder.Configuration[MetricsSwitch.EnabledKey] = "false";
        if (configuration is PipelineConfiguration.TracingOff or PipelineConfiguration.MetricsAndTracingOff)
            builder.Configuration["OTEL_TRACES_SAMPLER"] = "always_off";
        if (configuration != PipelineConfiguration.Bare) builder.AddServiceDefaults();
        foreach (var meter in dropMeters ?? [])
            builder.Services.ConfigureOpenTelemetryMeterProvider(m => m.AddView(i => i.Meter.Name == meter ? MetricStreamConfiguration.Drop : null));

        var app = builder.Build();
        if (configuration != PipelineConfiguration.Bare) app.MapDefaultEndpoints();
        app.MapGet("/", () => TypedResults.Ok(new ServiceInfo("api", "1.0.0", "Production", Endpoints)));
        await app.StartAsync();
        return new PipelineHost(app);
    }

    // One GET /, body read; returns the body length.
    public async Task<int> GetRootAsync()
    {
        using var response = await _client.GetAsync("/");
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record ServiceInfo(string Service, string Version, string Environment, IReadOnlyList<string> Endpoints);
}
