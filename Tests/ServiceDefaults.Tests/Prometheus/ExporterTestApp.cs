using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using OpenTelemetry.Metrics;
using ServiceDefaults.Tests.Support;

namespace ServiceDefaults.Tests.Prometheus;

// A service-defaults app (TestApp) with a meter of the test's own, identified as service "svc", instance "i-1",
// version 2.0, environment "test". /text-metrics is a test-only second scraping endpoint that forces text 0.0.4,
// because Prometheus 2.42 has no scrape_protocols setting and always prefers OpenMetrics.
public sealed class ExporterTestApp : IAsyncDisposable
{
    public const string TextOnlyPath = "/text-metrics";

    private readonly TestApp _app;

    private ExporterTestApp(TestApp app, Meter meter)
    {
        _app = app;
        Meter = meter;
        Http = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{app.Port}/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public Meter Meter { get; }
    public int Port => _app.Port;
    public HttpClient Http { get; }

    public static async Task<ExporterTestApp> StartAsync(string meterName, IDictionary<string, string?>? configuration = null,
        Action<WebApplication>? mapEndpoints = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["OTEL_SERVICE_NAME"] = "svc",
            ["OTEL_RESOURCE_ATTRIBUTES"] = "service.instance.id=i-1,service.version=2.0,deployment.environment=test",
        };
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>()) settings[key] = value;
        var app = await TestApp.StartAsync(settings,
            b => b.Services.ConfigureOpenTelemetryMeterProvider(m => m.AddMeter(meterName)),
            a =>
            {
                a.MapPrometheusScrapingEndpoint(TextOnlyPath, meterProvider: null, optionsName: null, configureBranchedPipeline: branch =>
                    branch.Use((context, next) =>
                    {
                        context.Request.Headers.Accept = "text/plain;version=0.0.4";
                        return next(context);
                    }));
                mapEndpoints?.Invoke(a);
            });
        return new ExporterTestApp(app, new Meter(meterName, "2.0"));
    }

    public async Task<HttpResponseMessage> GetAsync(string url, string? accept = null, string? token = null, string? acceptEncoding = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        if (token is not null) request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
        Meter.Dispose();
    }
}
