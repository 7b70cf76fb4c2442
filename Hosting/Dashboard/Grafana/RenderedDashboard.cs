namespace Hosting.Dashboard.Grafana;

/// <summary>A dashboard with its variables resolved and every query ready to send to Prometheus.</summary>
public sealed record RenderedDashboard(string Uid, string Title, IReadOnlyList<RenderedVariable> Variables, IReadOnlyList<RenderedPanel> Panels);

public sealed record RenderedVariable(string Name, string Label, IReadOnlyList<string> Options, IReadOnlyList<string> Selected, bool Multi, bool IncludeAll);

public sealed record RenderedPanel(int Id, string Title, string Type, string? Unit, IReadOnlyList<RenderedTarget> Targets);

public sealed record RenderedTarget(string Expr, string? LegendFormat, bool Instant);
