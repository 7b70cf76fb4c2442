using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

// Fails the start (not the first request, minutes later) when a named HttpClient's base address names a
// service with no configured endpoint, saying which environment variable is missing.
internal sealed class ServiceEndpointValidator(
    IServiceProvider services, ServiceEndpointResolver resolver, IOptionsMonitor<HttpClientFactoryOptions> clientOptions) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var problems = NamedClients()
            .Select(name => (Name: name, BaseAddress: BaseAddressOf(name)))
            .Where(c => c.BaseAddress is not null)
            .Select(c => resolver.Problem(c.BaseAddress!) is { } problem
                ? $"HttpClient '{c.Name}' has base address {c.BaseAddress}, but {problem}."
                : null)
            .OfType<string>()
            .ToList();
        if (problems.Count > 0)
            throw new InvalidOperationException("Service discovery: " + string.Join(" ", problems));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // AddHttpClient(name, ...) and typed clients register named option configurations; defaults have no name.
    private IEnumerable<string> NamedClients() =>
        services.GetServices<IConfigureOptions<HttpClientFactoryOptions>>()
            .OfType<ConfigureNamedOptions<HttpClientFactoryOptions>>()
            .Select(o => o.Name)
            .OfType<string>()
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.Ordinal);

    // Runs the client's configuration against a throwaway HttpClient to learn its base address.
    private Uri? BaseAddressOf(string name)
    {
        using var probe = new HttpClient();
        foreach (var configure in clientOptions.Get(name).HttpClientActions)
        {
            try
            {
                configure(probe);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException)
            {
                return null;
            }
        }
        return probe.BaseAddress;
    }
}
