namespace Hosting.ApplicationModel;

public enum LogStream
{
    Stdout,
    Stderr,
    // Lines the orchestrator writes about the resource (started, exited, restarting...).
    System,
}

public sealed record LogLine(long Sequence, DateTimeOffset Timestamp, string ResourceName, string InstanceId, int ReplicaIndex, LogStream Stream, string Text);
