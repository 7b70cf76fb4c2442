namespace Hosting.ApplicationModel;

// Start only once the dependency is healthy (every replica).
public sealed class WaitAnnotation(IResource resource) : IResourceAnnotation
{
    public IResource Resource { get; } = resource;
}
