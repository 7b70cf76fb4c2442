namespace Hosting.ApplicationModel;

public enum ResourceState
{
    NotStarted,
    // Waiting for the resources it WaitFor()s to be healthy.
    Waiting,
    // Launched, health probes not yet passing.
    Starting,
    // Launched and healthy (or has no probes).
    Running,
    // Was running; probes fail now.
    Unhealthy,
    Stopping,
    Exited,
    FailedToStart,
}
