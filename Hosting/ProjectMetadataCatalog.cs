using System.Reflection;
using Hosting.ApplicationModel;

namespace Hosting;

// Finds the build-time generated IProjectMetadata (namespace Projects) for a project path.
internal static class ProjectMetadataCatalog
{
    public static IProjectMetadata Find(string appHostDirectory, string projectPath)
    {
        var full = Path.GetFullPath(Path.Combine(appHostDirectory, projectPath));
        var all = All();
        var match = all.FirstOrDefault(m => SamePath(m.ProjectPath, full) || SamePath(Path.GetDirectoryName(m.ProjectPath)!, full));
        return match ?? throw new DistributedApplicationException(
            $"Project '{projectPath}' ({full}) is not referenced by the AppHost. Add " +
            $"<ProjectReference Include=\"{projectPath}\" ReferenceOutputAssembly=\"false\" /> to AppHost.csproj and rebuild. " +
            $"Known projects: {string.Join(", ", all.Select(m => m.ProjectPath))}.");
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), StringComparison.Ordinal);

    private static List<IProjectMetadata> All() =>
    [
        .. AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic)
            .SelectMany(SafeTypes)
            .Where(t => t is { IsClass: true, IsAbstract: false, Namespace: "Projects" } && typeof(IProjectMetadata).IsAssignableFrom(t)
                        && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IProjectMetadata)Activator.CreateInstance(t)!),
    ];

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
