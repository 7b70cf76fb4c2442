using System.Text.RegularExpressions;

namespace Kubernetes.Manifest;

// Resolves Aspire's manifest expressions ("{api.bindings.http.url}", "{cache.connectionString}",
// "{cache-password.value}") to the values they have in the cluster.
public sealed partial class ExpressionResolver(AspireManifest manifest, ClusterAddresses addresses, ParameterValues parameters)
{
    public ResolvedValue Resolve(string expression)
    {
        var result = new ResolvedValue("", false);
        var last = 0;
        foreach (Match match in Reference().Matches(expression))
        {
            result += new ResolvedValue(expression[last..match.Index], false);
            result += ResolveReference(match.Groups[1].Value);
            last = match.Index + match.Length;
        }
        return result + new ResolvedValue(expression[last..], false);
    }

    private ResolvedValue ResolveReference(string reference)
    {
        var parts = reference.Split('.');
        var resource = manifest[parts[0]];
        return parts[1..] switch
        {
            ["connectionString"] => ConnectionString(resource),
            ["value"] or ["inputs", "value"] => Value(resource),
            ["bindings", var name, var property] => Binding(resource, name, property),
            _ => throw new PublishException($"Unsupported manifest expression '{{{reference}}}'."),
        };
    }

    private ResolvedValue ConnectionString(ManifestResource resource) =>
        resource.ConnectionString is { } expression
            ? Resolve(expression)
            : throw new PublishException($"Resource '{resource.Name}' has no connection string.");

    private ResolvedValue Value(ManifestResource resource) => resource.Type switch
    {
        "parameter.v0" => parameters.Resolve(resource),
        "annotated.string" => Filter(Resolve(resource.Value ?? ""), resource),
        _ => Resolve(resource.Value ?? resource.ConnectionString ?? ""),
    };

    private static ResolvedValue Filter(ResolvedValue value, ManifestResource resource)
    {
        var filter = resource.Raw.TryGetProperty("filter", out var f) ? f.GetString() : null;
        return filter switch
        {
            "uri" => value with { Text = Uri.EscapeDataString(value.Text) },
            null => value,
            _ => throw new PublishException($"Unsupported filter '{filter}' on '{resource.Name}'."),
        };
    }

    private ResolvedValue Binding(ManifestResource resource, string name, string property)
    {
        var binding = resource.Bindings.GetValueOrDefault(name)
            ?? throw new PublishException($"Resource '{resource.Name}' has no binding '{name}'.");
        var text = property switch
        {
            "url" => addresses.Url(resource, binding),
            "host" => addresses.Host(resource, binding),
            "port" => addresses.ServicePort(resource, binding).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "targetPort" => addresses.ContainerPort(resource, binding).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "scheme" => binding.Scheme,
            _ => throw new PublishException($"Unsupported binding property '{resource.Name}.bindings.{name}.{property}'."),
        };
        return new ResolvedValue(text, false);
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)+)\}")]
    private static partial Regex Reference();
}
