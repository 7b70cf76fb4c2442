using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDefaults.Prometheus;

namespace Microsoft.Extensions.Hosting;

public static class PrometheusServiceCollectionExtensions
{
    // Registers the options, the singleton reader and (with a management port) its own listener.
    public static IServiceCollection AddPrometheusExporter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrometheusExporterOptions>().Bind(configuration.GetSection(PrometheusExporterOptions.SectionName));
        services.AddSingleton<PrometheusMetricReader>();
        return services;
    }
}
