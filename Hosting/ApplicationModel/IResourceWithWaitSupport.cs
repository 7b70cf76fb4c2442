namespace Hosting.ApplicationModel;

// Resources that can wait for others before they start.
public interface IResourceWithWaitSupport : IResource;
