namespace Hosting.ApplicationModel;

public interface IResourceWithArgs : IResource;
