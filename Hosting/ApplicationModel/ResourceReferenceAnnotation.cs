namespace Hosting.ApplicationModel;

// Records WithReference for the model's picture (dashboard, docs); the environment comes from callbacks.
public sealed class ResourceReferenceAnnotation(IResource resource) : IResourceAnnotation
{
    public IResource Resource { get; } = resource;
}
