using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using ServiceDefaults.Prometheus;

namespace Microsoft.Extensions.Hosting;

public static class PrometheusMeterProviderBuilderExtensions
{
    // Adds the reader registered by AddPrometheusExporter(IServiceCollection, IConfiguration).
    public static MeterProviderBuilder AddPrometheusExporter(this MeterProviderBuilder builder, IServiceProvider services) =>
        builder.AddReader(services.GetRequiredService<PrometheusMetricReader>());
}
