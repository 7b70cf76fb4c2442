using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

// The providers are lazy DI singletons; resolving them at start makes them listen from the first request
// (not the first scrape). The container owns them and disposes them at shutdown, which flushes exporters.
internal sealed class TelemetryHostedService(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetService<MeterProvider>();
        services.GetService<TracerProvider>();
        services.GetRequiredService<ProcessMetrics>();
        services.GetRequiredService<AppInfoMetric>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
