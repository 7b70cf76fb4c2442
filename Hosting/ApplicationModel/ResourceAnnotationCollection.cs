namespace Hosting.ApplicationModel;

public sealed class ResourceAnnotationCollection : List<IResourceAnnotation>;
