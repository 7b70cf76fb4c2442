using System.Text.Json.Nodes;

namespace TestSupport.Grafana;

public sealed record DashboardTarget(string RefId, string Expr, JsonObject Json);

public sealed record DashboardPanel(string Title, string Type, JsonObject Json, IReadOnlyList<DashboardTarget> Targets);

// A Grafana dashboard JSON file read for tests: its panels (rows flattened, rows themselves left out),
// their Prometheus targets and the template variables.
public sealed record GrafanaDashboard(string FileName, JsonObject Json, IReadOnlyList<DashboardPanel> Panels,
    IReadOnlyList<JsonObject> Variables)
{
    public string Uid => (string?)Json["uid"] ?? "";
    public string Title => (string?)Json["title"] ?? "";

    public static IReadOnlyList<GrafanaDashboard> LoadAll(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(Load)];

    public static GrafanaDashboard Load(string path)
    {
        var json = JsonNode.Parse(File.ReadAllText(path))?.AsObject()
            ?? throw new InvalidDataException($"{path} is not a JSON object.");
        var variables = json["templating"]?["list"]?.AsArray().OfType<JsonObject>().ToList() ?? [];
        return new GrafanaDashboard(System.IO.Path.GetFileName(path), json, Flatten(json["panels"]?.AsArray()).ToList(), variables);
    }

    private static IEnumerable<DashboardPanel> Flatten(JsonArray? panels)
    {
        foreach (var panel in panels?.OfType<JsonObject>() ?? [])
        {
            var type = (string?)panel["type"] ?? "";
            if (type == "row")
            {
                foreach (var nested in Flatten(panel["panels"]?.AsArray())) yield return nested;
                continue;
            }
            var targets = panel["targets"]?.AsArray().OfType<JsonObject>()
                .Select(t => new DashboardTarget((string?)t["refId"] ?? "", (string?)t["expr"] ?? "", t)).ToList() ?? [];
            yield return new DashboardPanel((string?)panel["title"] ?? "", type, panel, targets);
        }
    }
}
