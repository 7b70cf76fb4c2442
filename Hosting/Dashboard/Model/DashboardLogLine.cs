namespace Hosting.Dashboard.Model;

/// <summary>A console line. Stream is stdout, stderr or system (the orchestrator's own notes about the resource);
/// Sequence grows so a client can drop lines it has already seen.</summary>
public sealed record DashboardLogLine(long Sequence, DateTimeOffset Timestamp, string Replica, string Stream, string Text);
