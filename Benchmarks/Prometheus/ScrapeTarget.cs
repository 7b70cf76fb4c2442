using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace Benchmarks.Prometheus;

// A real Kestrel app on loopback whose /metrics is OpenTelemetry's Prometheus exporter, holding a large registry:
// 100 counters x 100 label sets + 10 histograms (default 15 bounds) x 100 label sets — the registry the
// hand-written exporter was measured on (about 28k lines in text 0.0.4, 39k in OpenMetrics).
public sealed class ScrapeTarget : IAsyncDisposable
{
    public const string TextAccept = "text/plain;version=0.0.4";
    public const string OpenMetricsAccept = "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5";

    private readonly WebApplication _app;
    private readonly Meter _meter;

    private ScrapeTarget(WebApplication app, Meter meter, int port)
    {
        _app = app;
        _meter = meter;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(1) };
    }

    public HttpClient Http { get; }

    public static async Task<ScrapeTarget> StartAsync()
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var meter = new Meter("benchmark.registry", "1.0");
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(meter.Name)
            // Every scrape collects afresh, as with Prometheus scraping a single replica every 15 s.
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        var app = builder.Build();
        app.MapPrometheusScrapingEndpoint();
        await app.StartAsync();

        for (var c = 0; c < 100; c++)
        {
            var counter = meter.CreateCounter<long>($"benchmark.counter{c}", "{request}", "A benchmark counter.");
            for (var s = 0; s < 100; s++) counter.Add(s + 1, new("route", $"/api/items/{s}"), new("method", "GET"));
        }
        for (var h = 0; h < 10; h++)
        {
            var histogram = meter.CreateHistogram<double>($"benchmark.duration{h}", "s", "A benchmark histogram.");
            for (var s = 0; s < 100; s++) histogram.Record(s / 7.0, new("route", $"/api/items/{s}"), new("method", "GET"));
        }
        return new ScrapeTarget(app, meter, port);
    }

    // One whole scrape, body read to the last byte; returns the body.
    public async Task<byte[]> ScrapeAsync(string accept)
    {
        using var response = await SendAsync(accept);
        return await response.Content.ReadAsByteArrayAsync();
    }

    // The same scrape, streamed into a reused buffer so the client side allocates (almost) nothing: what is
    // allocated per scrape is then the exporter's and the server's. Returns the body length.
    public async Task<long> ScrapeLengthAsync(string accept)
    {
        using var response = await SendAsync(accept);
        await using var body = await response.Content.ReadAsStreamAsync();
        long length = 0;
        int read;
        while ((read = await body.ReadAsync(_sink)) > 0) length += read;
        return length;
    }

    private readonly byte[] _sink = new byte[81920];

    private async Task<HttpResponseMessage> SendAsync(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "metrics");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return response;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _meter.Dispose();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
