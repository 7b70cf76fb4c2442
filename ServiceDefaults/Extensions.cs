using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

// Aspire's template names: services call builder.AddServiceDefaults() and app.MapDefaultEndpoints().
public static class Extensions
{
    public const string HealthEndpointPath = "/health";
    public const string AlivenessEndpointPath = "/alive";
    public const string LiveTag = "live";

    // Built-in meters whose instruments the dashboards and the metric contract rely on.
    private static readonly string[] BuiltInMeters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics", "System.Net.Http", "System.Runtime", ServiceDefaultsMeter.Name,
    ];

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddProblemDetails();

        builder.Services.AddServiceDiscovery();
        builder.Services.AddHttpResilience(builder.Configuration);
        builder.Services.AddDefaultHttpClientHandlers();
        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var identity = ServiceIdentity.Resolve(builder.Configuration, builder.Environment);
        builder.Services.TryAddSingleton(identity);
        builder.Services.TryAddSingleton<ProcessMetrics>();
        builder.Services.TryAddSingleton<AppInfoMetric>();
        builder.Services.AddHostedService<TelemetryHostedService>();
        builder.Services.AddPrometheusExporter(builder.Configuration);

        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var otel = new ServiceCollectionOpenTelemetryBuilder(builder.Services)
            .ConfigureResource(resource => resource
                .AddService(identity.Name, serviceVersion: identity.Version, autoGenerateServiceInstanceId: false,
                    serviceInstanceId: identity.InstanceId)
                .AddAttributes([new("deployment.environment", identity.Environment)]))
            .WithMetrics(metrics =>
            {
                // ASP.NET Core and HttpClient advise second-scale buckets (InstrumentAdvice); the SDK honours
                // advice when no view overrides it, so no bucket views are needed here.
                metrics.AddMeter(BuiltInMeters).AddLintCleanRuntimeNames();
                if (exportOtlp) metrics.AddOtlpExporter();
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource("Microsoft.AspNetCore", "System.Net.Http");
                if (exportOtlp) tracing.AddOtlpExporter();
            });
        otel.Services.ConfigureOpenTelemetryMeterProvider((services, metrics) => metrics.AddPrometheusExporter(services));
        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        // "self" answers as long as the process can serve requests: the liveness check.
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy("The process is serving requests."), [LiveTag]);
        return builder;
    }

    public static IServiceCollection AddServiceDiscovery(this IServiceCollection services)
    {
        services.TryAddSingleton<ServiceEndpointResolver>();
        services.AddHostedService<ServiceEndpointValidator>();
        return services;
    }

    public static IServiceCollection AddHttpResilience(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HttpResilienceOptions>().Bind(configuration.GetSection(HttpResilienceOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HttpResiliencePipelines>();
        return services;
    }

    // Call before the service maps its own APIs: the error middleware must wrap them.
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseProblemDetailsResponses();

        // Readiness: every check. Degraded still answers 200 (the service works, with reduced quality; load
        // balancers should keep sending traffic); Unhealthy answers 503.
        app.MapHealthChecks(HealthEndpointPath, new HealthCheckOptions
        {
            ResponseWriter = HealthReportJsonWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        // Liveness: only checks tagged "live"; a dependency outage must not get the process restarted.
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(LiveTag),
            ResponseWriter = HealthReportJsonWriter.WriteAsync,
        });

        app.MapPrometheusScrapingEndpoint();
        return app;
    }
}
