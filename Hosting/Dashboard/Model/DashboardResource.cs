namespace Hosting.Dashboard.Model;

/// <summary>One resource as the dashboard shows it; State/Health summarise the replicas.</summary>
public sealed record DashboardResource(
    string Name,
    string Type,
    string State,
    string Health,
    IReadOnlyList<DashboardEndpoint> Endpoints,
    IReadOnlyList<DashboardReplica> Replicas)
{
    public int Restarts => Replicas.Sum(r => r.Restarts);
}
