using System.Runtime.CompilerServices;
using Hosting.ApplicationModel;
using Hosting.Dashboard.Model;
using Hosting.Orchestration;
using Microsoft.Extensions.DependencyInjection;

namespace Hosting.Dashboard.Hosting;

/// <summary>The dashboard's view of the orchestrator: replicas grouped into resources, logs, commands, and where
/// Prometheus and Grafana run.</summary>
internal sealed class OrchestratorDashboardBackend(
    ResourceNotificationService notifications, ResourceLoggerService logs, IServiceProvider services) : IDashboardBackend
{
    // Resolved on first use: the orchestrator depends on the lifecycle hooks, which start this dashboard.
    private ResourceCommandService Commands => services.GetRequiredService<ResourceCommandService>();

    public IReadOnlyList<DashboardResource> GetResources() =>
        notifications.GetSnapshots().GroupBy(s => s.Name).Select(g => SnapshotMapping.ToResource(g.ToList())).ToList();

    public async IAsyncEnumerable<DashboardResource> WatchResourcesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var snapshot in notifications.WatchAsync(cancellationToken))
        {
            var replicas = notifications.GetReplicas(snapshot.Name);
            if (replicas.Count > 0) yield return SnapshotMapping.ToResource(replicas);
        }
    }

    public IReadOnlyList<DashboardLogLine>? GetLogs(string resourceName) =>
        Exists(resourceName) ? logs.GetLogs(resourceName).Select(SnapshotMapping.ToLogLine).ToList() : null;

    public async IAsyncEnumerable<DashboardLogLine> WatchLogsAsync(string resourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var line in logs.WatchAsync(resourceName, cancellationToken))
            yield return SnapshotMapping.ToLogLine(line);
    }

    public async Task<bool> ExecuteCommandAsync(string resourceName, ResourceCommand command, CancellationToken cancellationToken)
    {
        if (!Exists(resourceName)) return false;
        await (command switch
        {
            ResourceCommand.Stop => Commands.StopAsync(resourceName, cancellationToken),
            ResourceCommand.Start => Commands.StartAsync(resourceName, cancellationToken),
            _ => Commands.RestartAsync(resourceName, cancellationToken),
        });
        return true;
    }

    public DashboardLinks GetLinks()
    {
        var snapshots = notifications.GetSnapshots();
        var prometheus = RunningUrl(snapshots, "prometheus");
        var grafana = snapshots.FirstOrDefault(s => IsKind(s, "grafana"));
        var grafanaUrl = RunningUrl(snapshots, "grafana");
        var reason = grafanaUrl is not null ? null
            : grafana is null ? "the AppHost has no Grafana resource (it needs a container runtime)"
            : $"{grafana.State}{(grafana.Message is { Length: > 0 } m ? ": " + m : "")}";
        return new DashboardLinks(prometheus, grafanaUrl, reason);
    }

    private bool Exists(string resourceName) => notifications.GetReplicas(resourceName).Count > 0;

    private static string? RunningUrl(IReadOnlyList<ResourceSnapshot> snapshots, string kind) =>
        snapshots.Where(s => IsKind(s, kind) && s.State == ResourceState.Running).SelectMany(s => s.Urls).FirstOrDefault();

    private static bool IsKind(ResourceSnapshot snapshot, string kind) =>
        string.Equals(snapshot.ResourceType, kind, StringComparison.OrdinalIgnoreCase) || snapshot.Name == kind;
}
