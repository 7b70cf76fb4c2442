namespace Hosting.ApplicationModel;

// A resource is just a name plus annotations; capabilities are marker interfaces (as in Aspire).
public interface IResource
{
    string Name { get; }
    ResourceAnnotationCollection Annotations { get; }
}
