namespace Hosting.ApplicationModel;

// A network endpoint of a resource. Port is the fixed host port people open (null = a free port);
// TargetPort is the port inside a container. Allocation happens once per run, one entry per replica.
public sealed class EndpointAnnotation(string name, string scheme = "http", int? port = null, int? targetPort = null) : IResourceAnnotation
{
    private readonly List<AllocatedEndpoint> _allocated = [];

    public string Name { get; } = name;
    public string Scheme { get; } = scheme;
    public int? Port { get; set; } = port;
    public int? TargetPort { get; set; } = targetPort;
    public string Host { get; set; } = "127.0.0.1";
    // When set, the allocated port is also passed to the resource in this environment variable.
    public string? EnvironmentVariable { get; set; }

    public IReadOnlyList<AllocatedEndpoint> Allocated
    {
        get { lock (_allocated) return _allocated.ToArray(); }
    }

    internal void SetAllocated(IEnumerable<AllocatedEndpoint> endpoints)
    {
        lock (_allocated)
        {
            _allocated.Clear();
            _allocated.AddRange(endpoints);
        }
    }
}
