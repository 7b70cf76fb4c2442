namespace Hosting.Dashboard.Grafana;

/// <summary>The provisioned dashboards (grafana/dashboards/*.json), read on each request so edits show at once.</summary>
public sealed class GrafanaDashboardStore(string? configuredPath)
{
    public string? Directory { get; } = configuredPath is { Length: > 0 } ? configuredPath : FindUpwards();

    public IReadOnlyList<GrafanaDashboard> LoadAll()
    {
        if (Directory is null || !System.IO.Directory.Exists(Directory)) return [];
        var dashboards = new List<GrafanaDashboard>();
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                dashboards.Add(GrafanaDashboardParser.Parse(File.ReadAllText(file), Path.GetFileName(file)));
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or InvalidOperationException or IOException)
            {
                // A dashboard being written or broken must not take the others down.
            }
        }
        return dashboards;
    }

    public GrafanaDashboard? Find(string uid) => LoadAll().FirstOrDefault(d => d.Uid == uid);

    private static string? FindUpwards()
    {
        foreach (var start in new[] { System.IO.Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "grafana", "dashboards");
                if (System.IO.Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
