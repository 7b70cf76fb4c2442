using Api.Caching;
using Api.Metrics;
using Api.Predictions;
using Api.Uploads;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Api.Extensions;

public static class Extensions
{
    public const string PredictorBaseAddress = "http://predictor";

    public static void AddApiServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<CacheOptions>().Bind(builder.Configuration.GetSection(CacheOptions.SectionName));
        services.AddOptions<UploadOptions>().Bind(builder.Configuration.GetSection(UploadOptions.SectionName));

        services.AddSingleton<CacheMetrics>();
        services.AddSingleton<UploadMetrics>();
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(CacheMetrics.MeterName, UploadMetrics.MeterName));

        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(RedisTracing.SourceName));
        builder.AddCache();
        services.AddSingleton<MeteredCache>();
        builder.AddRuntimeFaults();
        services.AddRuntimeFault(builder.Configuration, CacheDisabledFault.Name);
        services.AddSingleton<CacheDisabledFault>();

        services.AddHttpClient<PredictorClient>(http => http.BaseAddress = new Uri(PredictorBaseAddress));
        services.AddTransient<PredictionLookup>();
        services.AddSingleton<MultipartFileHasher>();
    }
}
