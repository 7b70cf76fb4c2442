namespace Hosting.Dashboard.Model;

/// <summary>Where the monitoring tools live; a null URL comes with the reason it is not there.</summary>
public sealed record DashboardLinks(string? PrometheusUrl, string? GrafanaUrl, string? GrafanaUnavailableReason);
