namespace Hosting.ApplicationModel;

public interface IResourceAnnotation;
