using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using TestSupport;

namespace ServiceDefaults.Tests.Prometheus;

// A real web app on a free loopback port with only the exporter wired in (AddPrometheusExporter,
// MapPrometheusScrapingEndpoint, a MeterProvider with the registered reader), so these tests do not depend on
// the rest of the service defaults. /text-metrics is a test-only alias that forces text 0.0.4, because
// Prometheus 2.42 has no scrape_protocols setting and always prefers OpenMetrics.
public sealed class ExporterTestApp : IAsyncDisposable
{
    public const string TextOnlyPath = "/text-metrics";

    private readonly WebApplication _app;
    private readonly MeterProvider _meterProvider;

    private ExporterTestApp(WebApplication app, MeterProvider meterProvider, Meter meter, int port)
    {
        _app = app;
        _meterProvider = meterProvider;
        Meter = meter;
        Port = port;
        Http = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public Meter Meter { get; }
    public int Port { get; }
    public HttpClient Http { get; }

    public static async Task<ExporterTestApp> StartAsync(string meterName, IDictionary<string, string?>? configuration = null)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(configuration ?? new Dictionary<string, string?>());
        builder.Services.AddProblemDetails();
        builder.Services.AddPrometheusExporter(builder.Configuration);

        var app = builder.Build();
        app.UseStatusCodePages();
        app.Use((context, next) =>
        {
            if (context.Request.Path == TextOnlyPath)
            {
                context.Request.Path = "/metrics";
                context.Request.Headers.Accept = "text/plain;version=0.0.4";
            }
            return next(context);
        });
        app.UseRouting();
        app.MapPrometheusScrapingEndpoint();

        var meter = new Meter(meterName, "2.0");
        var meterProvider = Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(r => r.Clear().AddService("svc", autoGenerateServiceInstanceId: false, serviceInstanceId: "i-1")
                .AddAttributes([new("deployment.environment", "test")]))
            .AddMeter(meterName)
            .AddPrometheusExporter(app.Services)
            .Build();
        await app.StartAsync();
        return new ExporterTestApp(app, meterProvider, meter, port);
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
        await _app.StopAsync();
        _meterProvider.Dispose();
        Meter.Dispose();
        await _app.DisposeAsync();
    }
}
