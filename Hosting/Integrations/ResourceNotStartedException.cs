namespace Hosting.Integrations;

// Thrown from CreateLaunchSpec when a resource deliberately does not run in this environment
// (Grafana without a container runtime): the orchestrator shows it as NotStarted with this message
// instead of failing the run.
public sealed class ResourceNotStartedException(string message) : Hosting.ApplicationModel.ResourceSkippedException(message);
