using Microsoft.AspNetCore.Builder;

namespace Microsoft.Extensions.Hosting;

// Aspire's template names: services call builder.AddServiceDefaults() and app.MapDefaultEndpoints().
public static class Extensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        return builder;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        return app;
    }
}
