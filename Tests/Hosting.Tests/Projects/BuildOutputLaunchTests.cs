using Hosting.Tests.Support;

namespace Hosting.Tests.Projects;

public sealed class BuildOutputLaunchTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("build-output-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Project(string name)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        var project = Path.Combine(directory, name + ".csproj");
        File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />");
        return project;
    }

    private static string Built(string project, string configuration, string framework, DateTime written)
    {
        var output = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(project)!, "bin", configuration, framework)).FullName;
        var executable = Path.Combine(output, Path.GetFileNameWithoutExtension(project));
        foreach (var file in new[] { executable, executable + ".dll" })
        {
            File.WriteAllText(file, "");
            File.SetLastWriteTimeUtc(file, written);
        }
        return executable;
    }

    [Fact]
    public void TheExecutableOfTheAppHostsConfigurationIsChosen()
    {
        var project = Project("Api");
        Built(project, "Debug", "net10.0", DateTime.UtcNow);
        var release = Built(project, "Release", "net10.0", DateTime.UtcNow.AddHours(-1));

        Assert.Equal(release, BuildOutput.Executable(project, "Release"));
    }

    [Fact]
    public void TheNewestTargetFrameworkBuildWins()
    {
        var project = Project("Api");
        Built(project, "Release", "net9.0", DateTime.UtcNow.AddHours(-1));
        var newest = Built(project, "Release", "net10.0", DateTime.UtcNow);

        Assert.Equal(newest, BuildOutput.Executable(project, "Release"));
    }

    [Fact]
    public void NothingBuiltOrNoConfigurationLeavesAspiresDotnetRun()
    {
        var project = Project("Api");
        Assert.Null(BuildOutput.Executable(project, "Release"));

        Built(project, "Release", "net10.0", DateTime.UtcNow);
        Assert.Null(BuildOutput.Executable(project, null));
        Assert.Null(BuildOutput.Executable(project, "Debug"));
    }

    [Fact]
    public void AnExecutableWithoutItsAssemblyIsNotAProjectsOutput()
    {
        var project = Project("Api");
        var executable = Built(project, "Release", "net10.0", DateTime.UtcNow);
        File.Delete(executable + ".dll");

        Assert.Null(BuildOutput.Executable(project, "Release"));
    }

    [Fact]
    public void InRunModeEveryBuiltProjectStartsFromItsOutputAndTheRestKeepDotnetRun()
    {
        var built = Project("Built");
        var executable = Built(built, "Release", "net10.0", DateTime.UtcNow);
        var unbuilt = Project("Unbuilt");

        var builder = Model.Builder("executable");
        var first = builder.AddProject("built", built);
        var second = builder.AddProject("unbuilt", unbuilt);
        BuildOutput.LaunchFromOutput([first.Resource, second.Resource], "Release");

        var annotation = Assert.Single(first.Resource.Annotations.OfType<ExecutableAnnotation>());
        Assert.Equal(executable, annotation.Command);
        Assert.Equal(Path.GetDirectoryName(built), annotation.WorkingDirectory);
        Assert.Empty(second.Resource.Annotations.OfType<ExecutableAnnotation>());
    }
}
