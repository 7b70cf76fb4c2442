namespace Microsoft.Extensions.Hosting;

// Which URIs name a service rather than a real host: Aspire's "https+http://name" scheme preference syntax,
// or any single-label host that is not localhost (DNS names have dots; service names don't).
internal static class ServiceName
{
    public static IReadOnlyList<string> Schemes(Uri uri) => uri.Scheme.Split('+', StringSplitOptions.RemoveEmptyEntries);

    public static bool IsServiceReference(Uri uri) =>
        uri.Scheme.Contains('+')
        || (uri.HostNameType == UriHostNameType.Dns && !uri.Host.Contains('.')
            && !uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase));

    public static string ConfigurationKey(string service, string scheme) => $"services:{service}:{scheme}:0";

    public static string EnvironmentVariable(string service, string scheme) => $"services__{service}__{scheme}__0";

    public static string Hint(string service, Uri uri)
    {
        var scheme = Schemes(uri).Last();
        return $"set configuration key '{ConfigurationKey(service, scheme)}' (environment variable " +
               $"{EnvironmentVariable(service, scheme)}={scheme}://127.0.0.1:PORT), as the AppHost does for a reference";
    }
}
