namespace Hosting.ApplicationModel;

// A .NET project, run from its build output with `dotnet <dll>` (fast start, no `dotnet run`).
public sealed class ProjectResource(string name, IProjectMetadata metadata)
    : Resource(name), IResourceWithEnvironment, IResourceWithArgs, IResourceWithServiceDiscovery, IResourceWithWaitSupport, IResourceWithLaunchSpec
{
    public IProjectMetadata Metadata { get; } = metadata;

    public LaunchSpec CreateLaunchSpec(LaunchContext context)
    {
        var projectDirectory = Path.GetDirectoryName(Metadata.ProjectPath);
        return new ProcessLaunchSpec
        {
            FileName = DotnetHost.Path,
            Args = [Metadata.DllPath, .. context.Args],
            // Same content root as `dotnet run` (appsettings.*.json next to the project).
            WorkingDirectory = Directory.Exists(projectDirectory) ? projectDirectory : Path.GetDirectoryName(Metadata.DllPath)!,
            Environment = context.Environment,
        };
    }
}
