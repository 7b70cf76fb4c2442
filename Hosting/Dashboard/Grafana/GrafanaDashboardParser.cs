using System.Text.Json.Nodes;

namespace Hosting.Dashboard.Grafana;

/// <summary>Reads dashboard JSON as Grafana writes it: panels possibly nested in rows, targets with PromQL,
/// template variables with their query in one of several historical shapes.</summary>
public static class GrafanaDashboardParser
{
    public static GrafanaDashboard Parse(string json, string fileName)
    {
        var root = JsonNode.Parse(json)?.AsObject() ?? throw new FormatException($"{fileName} is not a JSON object");
        if (root["dashboard"] is JsonObject wrapped) root = wrapped;
        var uid = Text(root["uid"]) ?? Path.GetFileNameWithoutExtension(fileName);
        var variables = (root["templating"]?["list"] as JsonArray ?? []).OfType<JsonObject>().Select(ParseVariable).ToList();
        var panels = Flatten(root["panels"] as JsonArray ?? []).Select(ParsePanel).Where(p => p.Targets.Count > 0).ToList();
        return new GrafanaDashboard(uid, Text(root["title"]) ?? uid, fileName, variables, panels);
    }

    private static IEnumerable<JsonObject> Flatten(JsonArray panels)
    {
        foreach (var panel in panels.OfType<JsonObject>())
        {
            if (Text(panel["type"]) != "row") yield return panel;
            foreach (var nested in Flatten(panel["panels"] as JsonArray ?? [])) yield return nested;
        }
    }

    private static GrafanaPanel ParsePanel(JsonObject panel)
    {
        var targets = (panel["targets"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(t => !string.IsNullOrWhiteSpace(Text(t["expr"])) && t["hide"]?.GetValue<bool>() != true)
            .Select(t => new GrafanaTarget(Text(t["refId"]) ?? "A", Text(t["expr"])!, Text(t["legendFormat"]),
                t["instant"]?.GetValue<bool>() == true || t["format"]?.ToString() == "table"))
            .ToList();
        return new GrafanaPanel(panel["id"]?.GetValue<int>() ?? 0, Text(panel["title"]) ?? "", Text(panel["type"]) ?? "timeseries",
            Text(panel["fieldConfig"]?["defaults"]?["unit"]) ?? Text(panel["format"]), targets);
    }

    private static GrafanaVariable ParseVariable(JsonObject variable)
    {
        var name = Text(variable["name"]) ?? "";
        var query = variable["query"] switch
        {
            JsonObject q => Text(q["query"]) ?? "",
            JsonValue v => v.ToString(),
            _ => Text(variable["definition"]) ?? "",
        };
        var current = variable["current"]?["value"] switch
        {
            JsonArray values => values.Select(v => v?.ToString() ?? "").Where(v => v.Length > 0).ToList(),
            JsonValue value when value.ToString().Length > 0 => [value.ToString()],
            _ => [],
        };
        return new GrafanaVariable(name, Text(variable["label"]) ?? name, Text(variable["type"]) ?? "query", query,
            variable["multi"]?.GetValue<bool>() == true, variable["includeAll"]?.GetValue<bool>() == true,
            Text(variable["allValue"]), current);
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
