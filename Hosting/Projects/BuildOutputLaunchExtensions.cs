using System.Reflection;
using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

// Aspire starts every project with `dotnet run --project X --no-build`: the SDK evaluates the project with
// MSBuild on each start (about 1 s of CPU per project, measured in docs/benchmarks.md) and keeps a `dotnet run`
// process between DCP and the service. Building the AppHost has already built every referenced project, so in
// run mode each project starts from its build output instead: the same configuration as the AppHost, the
// project's native executable, its directory as the working directory, the same environment and arguments.
// Where that output is missing (another configuration, a project not built yet) Aspire's `dotnet run` stays.
// Publishing is untouched: the manifest still describes projects.
public static class BuildOutputLaunchExtensions
{
    // `configuration`: the build configuration to look for; by default the AppHost's own (Debug, Release).
    public static IDistributedApplicationBuilder RunProjectsFromBuildOutput(this IDistributedApplicationBuilder builder, string? configuration = null)
    {
        if (!builder.ExecutionContext.IsRunMode) return builder;
        configuration ??= builder.AppHostAssembly?.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            BuildOutput.LaunchFromOutput(e.Model.Resources.OfType<ProjectResource>(), configuration);
            return Task.CompletedTask;
        });
        return builder;
    }
}

public static class BuildOutput
{
    // Points each project that has a build output at its executable; leaves the others to `dotnet run`.
    public static void LaunchFromOutput(IEnumerable<ProjectResource> projects, string? configuration)
    {
        foreach (var project in projects)
        {
            if (project.HasAnnotationOfType<ExecutableAnnotation>()) continue;   // the AppHost chose a command itself
            var projectPath = project.GetProjectMetadata().ProjectPath;
            if (Executable(projectPath, configuration) is not { } executable) continue;
            project.Annotations.Add(new ExecutableAnnotation { Command = executable, WorkingDirectory = Path.GetDirectoryName(projectPath)! });
        }
    }

    // bin/<configuration>/<target framework>/<project name>: the native executable the SDK writes next to the
    // assembly (UseAppHost, on by default). The newest one when several target frameworks were built.
    public static string? Executable(string projectPath, string? configuration)
    {
        if (string.IsNullOrEmpty(configuration)) return null;
        var bin = Path.Combine(Path.GetDirectoryName(projectPath)!, "bin", configuration);
        if (!Directory.Exists(bin)) return null;
        var name = Path.GetFileNameWithoutExtension(projectPath) + (OperatingSystem.IsWindows() ? ".exe" : "");
        return Directory.EnumerateDirectories(bin)
            .Select(framework => new FileInfo(Path.Combine(framework, name)))
            .Where(file => file.Exists && File.Exists(Path.ChangeExtension(file.FullName, ".dll")))
            .OrderByDescending(file => file.LastWriteTimeUtc)
            .FirstOrDefault()?.FullName;
    }
}
