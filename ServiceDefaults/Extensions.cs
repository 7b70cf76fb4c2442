using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

// Aspire's ServiceDefaults template (aspire-servicedefaults), extended where this project needs more:
// the Prometheus /metrics endpoint, app_info and process_* metrics, trace-based exemplars, problem+json errors, and
// JSON health reports mapped in every environment. Everything is driven by configuration, so a service started alone
// with the same environment variables the AppHost injects behaves exactly as it does under the AppHost.
public static class Extensions
{
    public const string HealthEndpointPath = "/health";
    public const string AlivenessEndpointPath = "/alive";
    public const string LiveTag = "live";

    // HttpStandardResilienceOptions (Retry, AttemptTimeout, TotalRequestTimeout, CircuitBreaker) bind from here.
    public const string ResilienceSectionName = "Resilience";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();

        builder.AddDefaultHealthChecks();

        builder.Services.AddProblemDetails();

        builder.Services.AddServiceDiscovery();

        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            // Turn on resilience by default
            http.AddStandardResilienceHandler(options =>
            {
                // The package's defaults, tuned by the "Resilience" section where a service sets one.
                builder.Configuration.GetSection(ResilienceSectionName).Bind(options);
                // A POST may not be idempotent: sending it twice could do the work twice.
                options.Retry.DisableForUnsafeHttpMethods();
            });

            // Turn on service discovery by default
            http.AddServiceDiscovery();
        });

        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });
        // Console and every other provider get the ids as a scope too, so a log line can be matched to its trace.
        builder.Logging.Configure(options =>
            options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        var identity = ServiceIdentity.Resolve(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(identity);
        builder.Services.AddSingleton<ProcessMetrics>();
        builder.Services.AddSingleton<AppInfoMetric>();

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(identity.Name, serviceVersion: identity.Version, autoGenerateServiceInstanceId: false,
                    serviceInstanceId: identity.InstanceId)
                .AddAttributes([new("deployment.environment", identity.Environment)]));

        // Off means no MeterProvider at all (see MetricsSwitch), not an empty one.
        if (MetricsSwitch.IsEnabled(builder.Configuration))
        {
            telemetry.WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter(ServiceDefaultsMeter.Name)
                    // Built when the MeterProvider starts, so app_info and process_* exist before the first request.
                    .AddInstrumentation(sp => sp.GetRequiredService<ProcessMetrics>())
                    .AddInstrumentation(sp => sp.GetRequiredService<AppInfoMetric>())
                    .AddLintCleanRuntimeNames()
                    .SetTraceBasedExemplarsUnlessConfigured(builder.Configuration);
            });
        }

        telemetry.WithTracing(tracing =>
        {
            tracing.AddSource(builder.Environment.ApplicationName)
                .AddAspNetCoreInstrumentation(tracing =>
                    // Exclude health check and scrape requests from tracing
                    tracing.Filter = context =>
                        !context.Request.Path.StartsWithSegments(HealthEndpointPath)
                        && !context.Request.Path.StartsWithSegments(AlivenessEndpointPath)
                        && !context.Request.Path.StartsWithSegments(PrometheusEndpointOptions.DefaultPath)
                )
                .AddHttpClientInstrumentation();
        });

        builder.AddOpenTelemetryExporters();

        return builder;
    }

    private static TBuilder AddOpenTelemetryExporters<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var useOtlpExporter = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var metricsEnabled = MetricsSwitch.IsEnabled(builder.Configuration);

        if (useOtlpExporter && metricsEnabled)
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }
        else if (useOtlpExporter)
        {
            // UseOtlpExporter would create a MeterProvider for its metrics exporter: add traces and logs one by one.
            builder.Services.AddOpenTelemetry()
                .WithTracing(tracing => tracing.AddOtlpExporter())
                .WithLogging(logging => logging.AddOtlpExporter());
        }

        // Prometheus pulls from /metrics whether or not OTLP pushes elsewhere.
        if (metricsEnabled)
        {
            builder.AddPrometheusEndpoint();
        }

        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            // Add a default liveness check to ensure app is responsive
            .AddCheck("self", () => HealthCheckResult.Healthy("The process is serving requests."), [LiveTag]);

        return builder;
    }

    // Call before the service maps its own APIs: the error middleware must wrap them.
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseProblemDetailsResponses();

        // Mapped in every environment (the template maps them in Development only): the AppHost, Prometheus and
        // the acceptance checks all probe them. Readiness runs every check; Degraded still answers 200 (the
        // service works with reduced quality, so load balancers keep sending traffic), Unhealthy answers 503.
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

        // Only health checks tagged with the "live" tag must pass for app to be considered alive: a dependency
        // outage must not get the process restarted.
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(LiveTag),
            ResponseWriter = HealthReportJsonWriter.WriteAsync,
        });

        if (MetricsSwitch.IsEnabled(app.Configuration))
        {
            app.MapPrometheusEndpoint();
        }

        return app;
    }
}
