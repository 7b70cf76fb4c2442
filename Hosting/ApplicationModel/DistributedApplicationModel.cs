namespace Hosting.ApplicationModel;

public sealed class DistributedApplicationModel(IReadOnlyList<IResource> resources)
{
    public IReadOnlyList<IResource> Resources { get; } = resources;

    public IResource Find(string name) =>
        Resources.FirstOrDefault(r => r.Name == name)
        ?? throw new KeyNotFoundException($"No resource named '{name}'. Known: {string.Join(", ", Resources.Select(r => r.Name))}.");
}
