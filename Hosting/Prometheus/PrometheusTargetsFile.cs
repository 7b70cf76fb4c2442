using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aspire.Hosting.ApplicationModel;

// Prometheus' file_sd format: one group per instance, so each carries its own `instance` label
// (the replica's name, stable across restarts) while the address changes with every start.
public static class PrometheusTargetsFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Render(IEnumerable<KeyValuePair<string, string>> instancesToAddresses)
    {
        var groups = new JsonArray();
        foreach (var (instance, address) in instancesToAddresses.OrderBy(t => t.Key, StringComparer.Ordinal))
            groups.Add(new JsonObject
            {
                ["targets"] = new JsonArray(address),
                ["labels"] = new JsonObject { ["instance"] = instance },
            });
        return groups.ToJsonString(Indented) + "\n";
    }
}
