namespace Hosting.ApplicationModel;

// Any program on PATH (or a path), started as its own process.
public class ExecutableResource(string name, string command, string workingDirectory)
    : Resource(name), IResourceWithEnvironment, IResourceWithArgs, IResourceWithEndpoints, IResourceWithWaitSupport, IResourceWithLaunchSpec
{
    public string Command { get; } = command;
    public string WorkingDirectory { get; } = workingDirectory;
    // Named in the "missing executable" error, e.g. "redis-server".
    public string? DebianPackage { get; init; }

    public virtual LaunchSpec CreateLaunchSpec(LaunchContext context) => new ProcessLaunchSpec
    {
        FileName = Command,
        Args = context.Args,
        WorkingDirectory = WorkingDirectory,
        Environment = context.Environment,
        DebianPackage = DebianPackage,
    };
}
