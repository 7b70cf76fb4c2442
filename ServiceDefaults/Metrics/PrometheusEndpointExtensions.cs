using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Microsoft.Extensions.Hosting;

// /metrics is OpenTelemetry's Prometheus exporter (OpenTelemetry.Exporter.Prometheus.AspNetCore): it negotiates
// the text 0.0.4 and OpenMetrics formats itself. What ASP.NET Core adds around it, all from configuration:
// gzip for large scrapes (response compression, in the endpoint's own branch only), an optional separate port
// (RequireHost plus a local-port check) and an optional bearer token (RequireAuthorization).
public static class PrometheusEndpointExtensions
{
    private const string OpenMetricsMediaType = "application/openmetrics-text";

    public static TBuilder AddPrometheusEndpoint<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var section = builder.Configuration.GetSection(PrometheusEndpointOptions.SectionName);
        var settings = section.Get<PrometheusEndpointOptions>() ?? new PrometheusEndpointOptions();
        builder.Services.Configure<PrometheusEndpointOptions>(section);

        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddPrometheusExporter(exporter =>
        {
            exporter.ScrapeEndpointPath = settings.Path;
            exporter.ScrapeResponseCacheDurationMilliseconds = settings.ResponseCacheMilliseconds;
        }));

        builder.Services.AddResponseCompression(compression =>
        {
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, OpenMetricsMediaType];
        });

        // Only with a token: registered authentication puts its middleware in front of every request.
        if (!string.IsNullOrEmpty(settings.BearerToken))
        {
            builder.Services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, MetricsTokenAuthenticationHandler>(MetricsTokenAuthenticationHandler.SchemeName, null);
            builder.Services.AddAuthorizationBuilder().AddPolicy(MetricsTokenAuthenticationHandler.PolicyName, policy => policy
                .AddAuthenticationSchemes(MetricsTokenAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser());
        }

        // The extra port joins the addresses Kestrel listens on (ASPNETCORE_URLS, --urls or UseUrls). Endpoints
        // configured in the Kestrel section replace all of these; add the metrics port there in that case.
        if (settings.Port is { } port)
            builder.Configuration["urls"] = string.Create(CultureInfo.InvariantCulture, $"{AppUrls(builder.Configuration)};http://{settings.Host}:{port}");

        return builder;
    }

    // What Kestrel would listen on without the metrics port: urls, else ASPNETCORE_HTTP_PORTS/HTTPS_PORTS (as in
    // the .NET container images), else Kestrel's default.
    private static string AppUrls(IConfiguration configuration)
    {
        if (configuration["urls"] is { Length: > 0 } urls) return urls;
        static IEnumerable<string> Ports(string? ports, string scheme) =>
            (ports ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"{scheme}://*:{p}");
        var fromPorts = Ports(configuration["http_ports"], "http").Concat(Ports(configuration["https_ports"], "https")).ToList();
        return fromPorts.Count > 0 ? string.Join(';', fromPorts) : "http://localhost:5000";
    }

    public static IEndpointConventionBuilder MapPrometheusEndpoint(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<PrometheusEndpointOptions>>().Value;
        var port = settings.Port;

        var endpoint = app.MapPrometheusScrapingEndpoint(settings.Path, meterProvider: null, optionsName: null, configureBranchedPipeline: branch =>
        {
            // RequireHost matches the Host header, which a client chooses; the port the connection arrived on
            // is what keeps /metrics off the app's own port (0: an in-memory TestServer connection has none).
            if (port is { } only)
                branch.Use((context, next) => context.Connection.LocalPort == only || context.Connection.LocalPort == 0
                    ? next(context)
                    : Results.NotFound().ExecuteAsync(context));
            branch.UseResponseCompression();
        }).WithDisplayName("Prometheus scraping endpoint");

        if (port is { } metricsPort) endpoint.RequireHost(string.Create(CultureInfo.InvariantCulture, $"*:{metricsPort}"));
        if (!string.IsNullOrEmpty(settings.BearerToken)) endpoint.RequireAuthorization(MetricsTokenAuthenticationHandler.PolicyName);
        return endpoint;
    }
}
