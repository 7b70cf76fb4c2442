using Hosting.ApplicationModel;

namespace Hosting.Orchestration;

public static class ResourceTypes
{
    // "Project", "Executable", "Container", "Redis"...: the class name without "Resource".
    public static string Of(IResource resource)
    {
        var name = resource.GetType().Name;
        return name.EndsWith("Resource", StringComparison.Ordinal) && name.Length > "Resource".Length ? name[..^"Resource".Length] : name;
    }
}
