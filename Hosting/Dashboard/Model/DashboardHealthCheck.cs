namespace Hosting.Dashboard.Model;

public sealed record DashboardHealthCheck(string Name, string Status, string? Description);
