namespace Microsoft.Extensions.Hosting;

// The configured replicas of one service for one scheme, handed out round robin.
internal sealed class ServiceEndpointSet(IReadOnlyList<Uri> endpoints)
{
    private int _next = -1;

    public IReadOnlyList<Uri> Endpoints { get; } = endpoints;

    public Uri Next() => Endpoints[(int)((uint)Interlocked.Increment(ref _next) % (uint)Endpoints.Count)];
}
