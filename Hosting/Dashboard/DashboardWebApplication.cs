using System.Net;
using Hosting.Dashboard.Apis;
using Hosting.Dashboard.Grafana;
using Hosting.Dashboard.Prometheus;
using Hosting.Dashboard.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hosting.Dashboard;

/// <summary>Builds the dashboard's own WebApplication: Kestrel on its own port, independent of any service.</summary>
internal static class DashboardWebApplication
{
    public static WebApplication Build(IDashboardBackend backend, DashboardOptions options, DashboardToken token)
    {
        // Empty builder: the dashboard must not pick up the AppHost's ASPNETCORE_URLS, appsettings or logging.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            if (options.BindAddress is "localhost") kestrel.ListenLocalhost(options.Port);
            else kestrel.Listen(IPAddress.Parse(options.BindAddress), options.Port);
        });
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.Services.AddRoutingCore();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(backend);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(token);
        builder.Services.AddSingleton(new HttpClient { Timeout = TimeSpan.FromSeconds(15) });
        builder.Services.AddSingleton<PrometheusProxy>();
        builder.Services.AddSingleton<PrometheusLabels>();
        builder.Services.AddSingleton(new GrafanaDashboardStore(options.GrafanaDashboardsPath));
        builder.Services.AddSingleton<SameOriginFilter>();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["X-Frame-Options"] = "DENY";
            // Every script is a file of ours; uPlot sets inline styles.
            context.Response.Headers.ContentSecurityPolicy =
                "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";
            // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on POST and the same-origin check fails.
            context.Response.Headers["Referrer-Policy"] = "same-origin";
            await next(context);
        });
        app.UseDashboardAuthentication(token);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = DashboardAssets.FileProvider });
        app.UseRouting();
        app.MapLoginApi().MapPages().MapResourcesApi().MapLogsApi().MapEventsApi().MapMetricsApi().MapGrafanaApi();
        return app;
    }
}
