namespace Hosting.ApplicationModel;

// Generated at build time for each project the AppHost references (see AppHost/ProjectMetadata.targets).
public interface IProjectMetadata
{
    string ProjectPath { get; }
    // The built assembly, for `dotnet <dll>`: resolved by MSBuild, so it follows -c and --artifacts-path.
    string DllPath { get; }
}
