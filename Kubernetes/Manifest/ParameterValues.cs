using System.Security.Cryptography;
using System.Text.Json;

namespace Kubernetes.Manifest;

// Values of parameter.v0 resources: configured (--Parameters:NAME=…), else generated as the parameter's default
// asks (Aspire's generated passwords), else the default's literal value. Generated once per run.
public sealed class ParameterValues(PublishOptions options)
{
    private const string Alphanumeric = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private readonly Dictionary<string, string> _generated = new(StringComparer.Ordinal);

    public ResolvedValue Resolve(ManifestResource parameter)
    {
        var input = parameter.Raw.TryGetProperty("inputs", out var inputs) && inputs.TryGetProperty("value", out var value)
            ? value
            : default;
        var secret = input.ValueKind == JsonValueKind.Object && input.TryGetProperty("secret", out var s) && s.GetBoolean();
        return new ResolvedValue(ValueOf(parameter.Name, input), secret);
    }

    private string ValueOf(string name, JsonElement input)
    {
        if (options.Parameters.TryGetValue(name, out var configured)) return configured;
        if (_generated.TryGetValue(name, out var generated)) return generated;
        if (input.ValueKind == JsonValueKind.Object && input.TryGetProperty("default", out var @default))
        {
            if (@default.TryGetProperty("generate", out var generate))
            {
                var length = generate.TryGetProperty("minLength", out var min) ? Math.Max(min.GetInt32(), 16) : 22;
                return _generated[name] = RandomNumberGenerator.GetString(Alphanumeric, length);
            }
            if (@default.TryGetProperty("value", out var literal) && literal.GetString() is { } text) return text;
        }
        throw new PublishException($"Parameter '{name}' has no value: pass --Parameters:{name}=VALUE.");
    }
}
