namespace Hosting.ApplicationModel;

public abstract class Resource(string name) : IResource
{
    public string Name { get; } = ResourceNames.Validate(name);
    public ResourceAnnotationCollection Annotations { get; } = [];

    public override string ToString() => Name;
}
