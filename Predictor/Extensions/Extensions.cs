using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Predictor.Faults;
using Predictor.Metrics;
using Predictor.Model;
using Predictor.Tracing;

namespace Predictor.Extensions;

public static class Extensions
{
    public static void AddPredictorServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PredictorOptions>().Bind(builder.Configuration.GetSection(PredictorOptions.SectionName))
            .Validate(o => o.WindowSteps > o.HorizonSteps + 1 && o.HorizonSteps > 0 && o.StepLength > TimeSpan.Zero,
                "Predictor: WindowSteps must exceed HorizonSteps + 1, HorizonSteps and StepLength must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        builder.AddRuntimeFaults();
        services.AddRuntimeFault(builder.Configuration, PredictorFaultFilter.Latency);
        services.AddRuntimeFault(builder.Configuration, PredictorFaultFilter.Errors);
        services.AddSingleton<PredictorFaultFilter>();
        services.AddSingleton<TickerCatalog>();
        services.AddSingleton<PredictionEngine>();
        services.AddSingleton<ModelAccuracy>();
        services.AddSingleton<PredictorMetrics>();
        services.AddSingleton<PredictionService>();
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(PredictorMetrics.MeterName));
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(PredictionTracing.SourceName));
    }

    // The observable accuracy gauge exists from startup, not from the first prediction.
    public static void UsePredictorMetrics(this IHost app) => app.Services.GetRequiredService<PredictorMetrics>();
}
