using Api.Caching;
using Api.Metrics;
using Api.Predictions;
using Api.Uploads;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using StackExchange.Redis;

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

        services.AddSingleton(CreateCache);
        services.AddSingleton<MeteredCache>();
        services.AddHealthChecks().AddCheck<CacheHealthCheck>("cache");

        services.AddHttpClient<PredictorClient>(http => http.BaseAddress = new Uri(PredictorBaseAddress));
        services.AddTransient<PredictionLookup>();
        services.AddSingleton<MultipartFileHasher>();
    }

    // Read when first needed, so test hosts can set ConnectionStrings:cache late.
    private static ICache CreateCache(IServiceProvider services)
    {
        var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString("cache");
        if (string.IsNullOrWhiteSpace(connectionString)) return new NoCache();
        var timeouts = services.GetRequiredService<IOptions<CacheOptions>>().Value;
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = (int)timeouts.ConnectTimeout.TotalMilliseconds;
        options.SyncTimeout = (int)timeouts.ConnectTimeout.TotalMilliseconds;
        return new RedisCache(options, services.GetRequiredService<ILogger<RedisCache>>());
    }
}
