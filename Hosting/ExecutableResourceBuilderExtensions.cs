using Hosting.ApplicationModel;

namespace Hosting;

public static class ExecutableResourceBuilderExtensions
{
    public static IResourceBuilder<ExecutableResource> AddExecutable(this IDistributedApplicationBuilder builder, string name,
        string command, string workingDirectory, params string[] args)
    {
        var directory = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, workingDirectory));
        var executable = builder.AddResource(new ExecutableResource(name, command, directory));
        return args.Length > 0 ? executable.WithArgs(args) : executable;
    }
}
