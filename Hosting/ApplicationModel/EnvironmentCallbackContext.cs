using Microsoft.Extensions.Configuration;

namespace Hosting.ApplicationModel;

public sealed class EnvironmentCallbackContext
{
    public required IResource Resource { get; init; }
    public required int ReplicaIndex { get; init; }
    public required string InstanceId { get; init; }
    public required IConfiguration Configuration { get; init; }
    public Dictionary<string, string> EnvironmentVariables { get; } = new(StringComparer.Ordinal);
    public CancellationToken CancellationToken { get; init; }
}
