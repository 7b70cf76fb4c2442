using System.Reflection;

namespace Hosting;

// The AppHost project directory, recorded at build time as assembly metadata (see AppHost/ProjectMetadata.targets).
internal static class AppHostLocation
{
    public static string Directory => Of(Assembly.GetEntryAssembly());

    public static string Of(Assembly? appHost) =>
        appHost?.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "AppHostProjectDirectory")?.Value
        ?? System.IO.Directory.GetCurrentDirectory();
}
