using Hosting.ApplicationModel;
using Hosting.Dashboard.Model;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hosting.Dashboard.Hosting;

internal static class SnapshotMapping
{
    // Shown for a resource whose replicas disagree: the state that needs attention first.
    private static readonly ResourceState[] AttentionOrder =
    [
        ResourceState.FailedToStart, ResourceState.Unhealthy, ResourceState.Exited, ResourceState.Stopping,
        ResourceState.Starting, ResourceState.Waiting, ResourceState.NotStarted, ResourceState.Running,
    ];

    public static DashboardResource ToResource(IReadOnlyList<ResourceSnapshot> replicas)
    {
        var first = replicas[0];
        var state = replicas.Select(r => r.State).Distinct().OrderBy(s => Array.IndexOf(AttentionOrder, s)).First();
        var views = replicas.Select(ToReplica).ToList();
        var endpoints = views.SelectMany(r => r.Endpoints).DistinctBy(e => e.Url).ToList();
        return new DashboardResource(first.Name, first.ResourceType, state.ToString(), WorstHealth(replicas.Select(r => r.HealthStatus)), endpoints, views);
    }

    public static DashboardLogLine ToLogLine(LogLine line) =>
        new(line.Sequence, line.Timestamp, line.InstanceId, line.Stream.ToString().ToLowerInvariant(), line.Text);

    private static DashboardReplica ToReplica(ResourceSnapshot s) => new(
        s.InstanceId,
        s.State.ToString(),
        WorstHealth([s.HealthStatus]),
        s.HealthReports.Select(h => new DashboardHealthCheck(h.Name, h.Status.ToString(), h.Description)).ToList(),
        s.Urls.Select(u => new DashboardEndpoint(Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri.Scheme : "url", u)).ToList(),
        s.Pid,
        s.ContainerId,
        s.StartedAt,
        s.RestartCount,
        s.ExitCode,
        s.Environment.GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal));

    private static string WorstHealth(IEnumerable<HealthStatus?> statuses)
    {
        var known = statuses.ToList();
        if (known.Count == 0 || known.Any(s => s is null)) return "Unknown";
        return known.Min()!.Value.ToString();
    }
}
