namespace Hosting.ApplicationModel;

// A late-bound pointer to another resource's endpoint: valid once the planner allocated ports.
public sealed class EndpointReference(IResourceWithEndpoints resource, string endpointName = "http")
{
    public IResourceWithEndpoints Resource { get; } = resource;
    public string EndpointName { get; } = endpointName;

    public EndpointAnnotation Annotation =>
        Resource.Annotations.OfType<EndpointAnnotation>().FirstOrDefault(e => e.Name == EndpointName)
        ?? throw new InvalidOperationException($"Resource '{Resource.Name}' has no endpoint named '{EndpointName}'.");

    public bool IsAllocated => Annotation.Allocated.Count > 0;

    // All replicas' endpoints, in replica order.
    public IReadOnlyList<AllocatedEndpoint> Replicas =>
        IsAllocated ? Annotation.Allocated
            : throw new InvalidOperationException($"The '{EndpointName}' endpoint of '{Resource.Name}' has no port yet; ports are allocated when the application starts.");

    public AllocatedEndpoint First => Replicas[0];
    public string Host => First.Host;
    public int Port => First.Port;
    public string Url => First.Url;
}
