namespace Hosting.ApplicationModel;

// Thrown by CreateLaunchSpec when a resource cannot run on this machine and the rest of the system can do
// without it (e.g. Grafana without a container runtime). It shows as NotStarted with this message;
// the start does not fail.
public class ResourceSkippedException(string message) : Exception(message);
