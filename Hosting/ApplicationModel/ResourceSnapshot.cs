using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hosting.ApplicationModel;

// The state of one replica of one resource, as shown by the console and the dashboard. Immutable:
// every change publishes a new snapshot.
public sealed record ResourceSnapshot
{
    public required string Name { get; init; }
    public required string ResourceType { get; init; }
    public required int ReplicaIndex { get; init; }
    public required string InstanceId { get; init; }
    public ResourceState State { get; init; } = ResourceState.NotStarted;
    // Null until the first probe ran; Healthy when the resource has no probes and is running.
    public HealthStatus? HealthStatus { get; init; }
    public IReadOnlyList<HealthReportSnapshot> HealthReports { get; init; } = [];
    public IReadOnlyList<string> Urls { get; init; } = [];
    public int? Pid { get; init; }
    public string? ContainerId { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? StoppedAt { get; init; }
    public int RestartCount { get; init; }
    public int? ExitCode { get; init; }
    // Secrets masked as "****".
    public IReadOnlyList<KeyValuePair<string, string>> Environment { get; init; } = [];
    public string? CommandLine { get; init; }
    // Why it failed or what it waits for, in words.
    public string? Message { get; init; }

    public bool IsHealthyAndRunning => State == ResourceState.Running && HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy;
}

public sealed record HealthReportSnapshot(string Name, HealthStatus Status, string? Description, DateTimeOffset LastChecked);
