using Microsoft.Extensions.Configuration;

namespace Hosting.ApplicationModel;

// Everything known about one replica just before it starts.
public sealed class LaunchContext
{
    public required IResource Resource { get; init; }
    public required int ReplicaIndex { get; init; }
    // Short id of this AppHost run, for names that must be unique per run (containers).
    public required string RunId { get; init; }
    public required string InstanceId { get; init; }
    // This resource's own run directory (created), under the run's temp directory.
    public required string RunDirectory { get; init; }
    public required IReadOnlyDictionary<string, AllocatedEndpoint> Endpoints { get; init; }
    public required IReadOnlyDictionary<string, string> Environment { get; init; }
    public required IReadOnlyList<string> Args { get; init; }
    public required IConfiguration Configuration { get; init; }

    public AllocatedEndpoint Endpoint(string name = "http") =>
        Endpoints.TryGetValue(name, out var e)
            ? e
            : throw new InvalidOperationException($"Resource '{Resource.Name}' has no endpoint named '{name}'.");
}
