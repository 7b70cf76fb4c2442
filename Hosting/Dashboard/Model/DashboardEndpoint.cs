namespace Hosting.Dashboard.Model;

public sealed record DashboardEndpoint(string Name, string Url);
