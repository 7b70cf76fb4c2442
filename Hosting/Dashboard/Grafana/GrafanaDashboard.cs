namespace Hosting.Dashboard.Grafana;

/// <summary>The parts of a provisioned Grafana dashboard the dashboard can render itself.</summary>
public sealed record GrafanaDashboard(string Uid, string Title, string File, IReadOnlyList<GrafanaVariable> Variables, IReadOnlyList<GrafanaPanel> Panels);

public sealed record GrafanaVariable(
    string Name, string Label, string Type, string Query, bool Multi, bool IncludeAll, string? AllValue, IReadOnlyList<string> Current);

public sealed record GrafanaPanel(int Id, string Title, string Type, string? Unit, IReadOnlyList<GrafanaTarget> Targets);

public sealed record GrafanaTarget(string RefId, string Expr, string? LegendFormat, bool Instant);
