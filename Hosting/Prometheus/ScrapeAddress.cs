using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

// Where one running instance serves HTTP itself, behind DCP's proxy: the first http:// URL of the
// ASPNETCORE_URLS Aspire gave that replica (its snapshot lists only the proxy's URL).
public static class ScrapeAddress
{
    public static string? Of(CustomResourceSnapshot snapshot, string? hostOverride = null)
    {
        var urls = snapshot.EnvironmentVariables.FirstOrDefault(e => e.Name == "ASPNETCORE_URLS")?.Value;
        var url = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(u => Uri.TryCreate(u.Replace("://*", "://localhost").Replace("://+", "://localhost"), UriKind.Absolute, out var parsed) ? parsed : null)
            .FirstOrDefault(u => u?.Scheme == Uri.UriSchemeHttp);
        return url is null ? null : $"{hostOverride ?? url.Host}:{url.Port}";
    }
}
