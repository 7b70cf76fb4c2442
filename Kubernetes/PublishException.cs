namespace Kubernetes;

// A problem with the input (manifest, configuration, output directory) that the user can fix; printed without a stack trace.
public sealed class PublishException(string message) : Exception(message);
