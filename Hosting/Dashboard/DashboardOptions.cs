namespace Hosting.Dashboard;

/// <summary>Bound from the "Dashboard" configuration section (env DASHBOARD__PORT, DASHBOARD_TOKEN, ...).</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>0 picks a free port (tests).</summary>
    public int Port { get; set; } = 18888;

    /// <summary>Loopback by default: the dashboard can stop and start processes.</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>Login token; a random one per run when empty.</summary>
    public string? Token { get; set; }

    /// <summary>Folder of provisioned Grafana dashboards; found by walking up from the working directory when empty.</summary>
    public string? GrafanaDashboardsPath { get; set; }

    /// <summary>Prometheus' scrape interval, used for Grafana's $__rate_interval.</summary>
    public TimeSpan ScrapeInterval { get; set; } = TimeSpan.FromSeconds(5);
}
