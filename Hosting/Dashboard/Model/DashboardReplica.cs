namespace Hosting.Dashboard.Model;

/// <summary>One running instance (process or container) of a resource.</summary>
public sealed record DashboardReplica(
    string InstanceId,
    string State,
    string Health,
    IReadOnlyList<DashboardHealthCheck> HealthChecks,
    IReadOnlyList<DashboardEndpoint> Endpoints,
    int? Pid,
    string? ContainerId,
    DateTimeOffset? StartedAt,
    int Restarts,
    int? ExitCode,
    IReadOnlyDictionary<string, string> Environment);
