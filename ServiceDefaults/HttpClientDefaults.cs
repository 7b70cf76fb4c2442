using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

public static class HttpClientDefaults
{
    // Every HttpClient from the factory (named, typed or default) gets both handlers, registered before any
    // client's own so they are outermost. Resilience wraps discovery: each retry resolves the next replica.
    // (HttpMessageHandlerBuilder carries the client name, which the per-client circuit breaker needs.)
    public static IServiceCollection AddDefaultHttpClientHandlers(this IServiceCollection services)
    {
        services.AddHttpClient();
        services.ConfigureAll<HttpClientFactoryOptions>(options => options.HttpMessageHandlerBuilderActions.Add(builder =>
        {
            var sp = builder.Services;
            if (sp.GetRequiredService<IOptionsMonitor<HttpResilienceOptions>>().CurrentValue.Enabled)
                builder.AdditionalHandlers.Add(new ResilienceHandler(sp.GetRequiredService<HttpResiliencePipelines>(), builder.Name ?? ""));
            builder.AdditionalHandlers.Add(new ServiceDiscoveryHandler(sp.GetRequiredService<ServiceEndpointResolver>()));
        }));
        return services;
    }
}
