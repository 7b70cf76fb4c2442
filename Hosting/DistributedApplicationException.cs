namespace Hosting;

// A problem the user can fix; the message says what happened and what to do.
public sealed class DistributedApplicationException(string message, Exception? inner = null) : Exception(message, inner);
