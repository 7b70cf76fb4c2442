using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;

namespace Traffic;

public static class Extensions
{
    // Found through service discovery: the AppHost's WithReference(api) gives services__api__http__0.
    public const string ApiBaseAddress = "http://api";

    public static void AddTraffic(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TrafficOptions>().Bind(builder.Configuration.GetSection(TrafficOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TrafficMetrics>();
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(TrafficMetrics.MeterName));
        // No resilience handler: a retry would send the api more requests than traffic_requests_total counts,
        // and a load generator must report exactly what it sent. A plain timeout bounds each request instead
        // (the slowest valid one is /do_task?seconds=2).
        services.AddHttpClient(TrafficGenerator.ClientName, http =>
        {
            http.BaseAddress = new Uri(ApiBaseAddress);
            http.Timeout = TimeSpan.FromSeconds(10);
        }).RemoveAllResilienceHandlers();
        services.AddHostedService<TrafficGenerator>();
    }
}
