using System.Globalization;
using System.Text.Json;

namespace Kubernetes.Manifest;

// Aspire's manifest (`dotnet run --project AppHost -- --publisher manifest --output-path X.json`), read as data.
public sealed class AspireManifest(IReadOnlyDictionary<string, ManifestResource> resources)
{
    public IReadOnlyDictionary<string, ManifestResource> Resources { get; } = resources;

    public ManifestResource this[string name] =>
        Resources.TryGetValue(name, out var resource)
            ? resource
            : throw new PublishException($"The manifest has no resource named '{name}'.");

    public static AspireManifest Load(string path)
    {
        if (!File.Exists(path)) throw new PublishException($"Manifest not found: {path}");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return Parse(document.RootElement.Clone());
    }

    public static AspireManifest Parse(JsonElement root)
    {
        if (!root.TryGetProperty("resources", out var resources) || resources.ValueKind != JsonValueKind.Object)
            throw new PublishException("The manifest has no \"resources\" object; is it Aspire's manifest?");
        var parsed = new Dictionary<string, ManifestResource>(StringComparer.Ordinal);
        foreach (var entry in resources.EnumerateObject())
            parsed[entry.Name] = ParseResource(entry.Name, entry.Value);
        return new AspireManifest(parsed);
    }

    private static ManifestResource ParseResource(string name, JsonElement json) => new(
        name,
        String(json, "type") ?? throw new PublishException($"Resource '{name}' has no type."),
        String(json, "image"),
        String(json, "command"),
        String(json, "entrypoint"),
        String(json, "connectionString"),
        String(json, "value"),
        json.TryGetProperty("args", out var args) ? [.. args.EnumerateArray().Select(a => a.GetString() ?? "")] : [],
        json.TryGetProperty("env", out var env)
            ? env.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>(),
        json.TryGetProperty("bindings", out var bindings)
            ? bindings.EnumerateObject().ToDictionary(b => b.Name, b => ParseBinding(b.Name, b.Value), StringComparer.Ordinal)
            : new Dictionary<string, ManifestBinding>(),
        json.TryGetProperty("replicas", out var replicas) ? replicas.GetInt32() : null,
        json.TryGetProperty("job", out var job) ? ParseJob(name, job) : null,
        json);

    private static ManifestJob ParseJob(string name, JsonElement json)
    {
        if (String(json, "runInterval") is not { } interval) return new ManifestJob(null);
        return TimeSpan.TryParseExact(interval, "c", CultureInfo.InvariantCulture, out var parsed) && parsed > TimeSpan.Zero
            ? new ManifestJob(parsed)
            : throw new PublishException($"Resource '{name}' has job.runInterval '{interval}', which is no positive hh:mm:ss.");
    }

    private static ManifestBinding ParseBinding(string name, JsonElement json) => new(
        name,
        String(json, "scheme") ?? "tcp",
        String(json, "protocol") ?? "tcp",
        String(json, "transport") ?? "tcp",
        json.TryGetProperty("port", out var port) ? port.GetInt32() : null,
        json.TryGetProperty("targetPort", out var target) ? target.GetInt32() : null,
        json.TryGetProperty("external", out var external) && external.GetBoolean());

    private static string? String(JsonElement json, string property) =>
        json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
