using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ServiceDefaults.Prometheus;

// With Metrics:Prometheus:ManagementPort set, /metrics lives on its own small Kestrel listener (so it can be
// firewalled apart from the app's port); without it this service does nothing.
internal sealed class PrometheusManagementServer(PrometheusScrapeHandler handler, IOptions<PrometheusExporterOptions> options)
    : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.ManagementPort is not { } port) return;

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(ListenAddress(settings.ManagementHost), port));
        builder.Services.AddProblemDetails();
        _app = builder.Build();
        _app.UseStatusCodePages();
        _app.MapGet(settings.Path, handler.HandleAsync);
        await _app.StartAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null) await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    private static IPAddress ListenAddress(string host) =>
        host is "*" or "+" ? IPAddress.IPv6Any
        : host == "localhost" ? IPAddress.Loopback
        : IPAddress.Parse(host);
}
