namespace Hosting.ApplicationModel;

public interface IResourceWithEndpoints : IResource;
