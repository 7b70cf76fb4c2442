using Hosting.Dashboard.Model;

namespace Hosting.Dashboard;

/// <summary>What the dashboard needs from the orchestrator: state, logs, commands and monitoring links.</summary>
public interface IDashboardBackend
{
    IReadOnlyList<DashboardResource> GetResources();

    /// <summary>Yields a resource each time it (or one of its replicas) changes, until cancelled.</summary>
    IAsyncEnumerable<DashboardResource> WatchResourcesAsync(CancellationToken cancellationToken);

    /// <summary>The retained console lines of a resource, or null when there is no such resource.</summary>
    IReadOnlyList<DashboardLogLine>? GetLogs(string resourceName);

    /// <summary>Retained lines first, then live ones, until cancelled.</summary>
    IAsyncEnumerable<DashboardLogLine> WatchLogsAsync(string resourceName, CancellationToken cancellationToken);

    /// <summary>Runs a command; false when the resource does not exist.</summary>
    Task<bool> ExecuteCommandAsync(string resourceName, ResourceCommand command, CancellationToken cancellationToken);

    DashboardLinks GetLinks();
}
