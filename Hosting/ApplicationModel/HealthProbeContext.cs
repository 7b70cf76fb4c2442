namespace Hosting.ApplicationModel;

public sealed class HealthProbeContext
{
    public required IResource Resource { get; init; }
    public required int ReplicaIndex { get; init; }
    public required IReadOnlyDictionary<string, AllocatedEndpoint> Endpoints { get; init; }
    // A shared client with a short timeout; probes should not create their own.
    public required HttpClient Http { get; init; }

    public AllocatedEndpoint Endpoint(string name = "http") =>
        Endpoints.TryGetValue(name, out var e)
            ? e
            : throw new InvalidOperationException($"Resource '{Resource.Name}' has no endpoint named '{name}'.");
}
