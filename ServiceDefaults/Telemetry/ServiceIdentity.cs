using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.Hosting;

// Who this process is, resolved once so the OTel resource, target_info and app_info always agree.
// Environment variables (Aspire's OTEL_SERVICE_NAME / OTEL_RESOURCE_ATTRIBUTES) win over host defaults.
public sealed record ServiceIdentity(string Name, string Version, string InstanceId, string Environment)
{
    public static ServiceIdentity Resolve(IConfiguration configuration, IHostEnvironment host)
    {
        var attributes = ParseResourceAttributes(configuration["OTEL_RESOURCE_ATTRIBUTES"]);
        string? Attribute(string key) => attributes.GetValueOrDefault(key) is { Length: > 0 } v ? v : null;

        var name = NonEmpty(configuration["OTEL_SERVICE_NAME"]) ?? Attribute("service.name") ?? host.ApplicationName;
        var version = Attribute("service.version") ?? EntryAssemblyVersion();
        // Without an orchestrator-assigned replica id every start is a new instance, as the OTel spec suggests.
        var instanceId = Attribute("service.instance.id") ?? Guid.NewGuid().ToString();
        var environment = Attribute("deployment.environment.name") ?? Attribute("deployment.environment") ?? host.EnvironmentName;
        return new ServiceIdentity(name, version, instanceId, environment);
    }

    // OTEL_RESOURCE_ATTRIBUTES is "key1=value1,key2=value2" with percent-encoded values (OTel spec).
    internal static Dictionary<string, string> ParseResourceAttributes(string? raw)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (raw ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) continue;
            result[pair[..eq].Trim()] = Uri.UnescapeDataString(pair[(eq + 1)..].Trim());
        }
        return result;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string EntryAssemblyVersion()
    {
        var assembly = Assembly.GetEntryAssembly();
        var informational = assembly?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // Drop the "+commitsha" build metadata the SDK appends; it would make a new series per commit.
        return informational?.Split('+')[0] ?? assembly?.GetName().Version?.ToString() ?? "0.0.0";
    }
}
