using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceDefaults.Prometheus;

namespace Microsoft.Extensions.Hosting;

public static class PrometheusEndpointRouteBuilderExtensions
{
    // Maps GET {Path} on the app's own port. Returns null (maps nothing) when a management port is configured:
    // then metrics are served only there.
    public static IEndpointConventionBuilder? MapPrometheusScrapingEndpoint(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<PrometheusExporterOptions>>().Value;
        if (options.ManagementPort is not null) return null;
        var handler = app.ServiceProvider.GetRequiredService<PrometheusScrapeHandler>();
        return app.MapGet(options.Path, handler.HandleAsync).WithDisplayName("Prometheus scraping endpoint");
    }
}
