using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDefaults.Prometheus;

namespace Microsoft.Extensions.Hosting;

public static class PrometheusServiceCollectionExtensions
{
    // Registers PrometheusExporterOptions (section Metrics:Prometheus), the singleton PrometheusMetricReader and
    // the management-port listener (idle unless ManagementPort is set). Safe to call more than once.
    public static IServiceCollection AddPrometheusExporter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrometheusExporterOptions>().Bind(configuration.GetSection(PrometheusExporterOptions.SectionName));
        services.TryAddSingleton<PrometheusMetricReader>();
        services.TryAddSingleton<PrometheusScrapeHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PrometheusManagementServer>());
        return services;
    }
}
