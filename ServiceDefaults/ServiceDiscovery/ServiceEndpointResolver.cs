using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace Microsoft.Extensions.Hosting;

// Resolves http://{service} from the keys Aspire injects: services:{service}:{scheme}:{i}
// (env services__{service}__{scheme}__{i}). Results are cached until the configuration reloads.
public sealed class ServiceEndpointResolver
{
    private readonly IConfiguration _configuration;
    private ConcurrentDictionary<(string Service, string Scheme), ServiceEndpointSet?> _cache = new();

    public ServiceEndpointResolver(IConfiguration configuration)
    {
        _configuration = configuration;
        ChangeToken.OnChange(configuration.GetReloadToken, () => _cache = new());
    }

    // The concrete address for a request URI, or the URI itself when it names no service.
    public Uri Resolve(Uri uri)
    {
        if (!uri.IsAbsoluteUri || !ServiceName.IsServiceReference(uri)) return uri;
        var service = uri.Host;
        foreach (var scheme in ServiceName.Schemes(uri))
        {
            if (Find(service, scheme) is not { } set) continue;
            var endpoint = set.Next();
            return new UriBuilder(uri) { Scheme = endpoint.Scheme, Host = endpoint.Host, Port = endpoint.Port }.Uri;
        }
        throw new HttpRequestException($"No endpoint is configured for service '{service}' ({uri}): {ServiceName.Hint(service, uri)}.");
    }

    // A message explaining why the URI cannot be resolved, or null when it can (or names no service).
    public string? Problem(Uri uri)
    {
        if (!uri.IsAbsoluteUri || !ServiceName.IsServiceReference(uri)) return null;
        return ServiceName.Schemes(uri).Any(scheme => Find(uri.Host, scheme) is not null)
            ? null
            : $"no endpoint is configured for service '{uri.Host}': {ServiceName.Hint(uri.Host, uri)}";
    }

    public IReadOnlyList<Uri> Endpoints(string service, string scheme) => Find(service, scheme)?.Endpoints ?? [];

    private ServiceEndpointSet? Find(string service, string scheme) =>
        _cache.GetOrAdd((service.ToLowerInvariant(), scheme.ToLowerInvariant()), key => Load(key.Service, key.Scheme));

    private ServiceEndpointSet? Load(string service, string scheme)
    {
        var section = _configuration.GetSection($"services:{service}:{scheme}");
        var values = section.Value is { Length: > 0 } single
            ? [single]
            : section.GetChildren()
                .Select(c => (Index: int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : int.MaxValue, c.Value))
                .Where(c => !string.IsNullOrWhiteSpace(c.Value))
                .OrderBy(c => c.Index)
                .Select(c => c.Value!)
                .ToList();
        var endpoints = values.Select(v => ParseEndpoint(v, scheme)).ToList();
        return endpoints.Count == 0 ? null : new ServiceEndpointSet(endpoints);
    }

    // Aspire writes full URLs; a bare host:port is accepted too and takes the key's scheme.
    private static Uri ParseEndpoint(string value, string scheme) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : new Uri($"{scheme}://{value.Trim()}");
}
