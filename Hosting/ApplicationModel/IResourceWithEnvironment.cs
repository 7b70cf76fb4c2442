namespace Hosting.ApplicationModel;

public interface IResourceWithEnvironment : IResource;
