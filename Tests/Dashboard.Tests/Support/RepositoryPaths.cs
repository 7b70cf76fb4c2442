using System.Runtime.CompilerServices;

namespace Dashboard.Tests.Support;

public static class RepositoryPaths
{
    // Found from this source file, so it does not matter where the test binaries were built.
    public static string Root { get; } = Path.GetFullPath(Path.Combine(SourceDirectory(), "..", "..", ".."));

    public static string GrafanaDashboards => Path.Combine(Root, "grafana", "dashboards");

    // CI clones the repo with shared/ beside it; the community dashboards are read from there, never copied.
    public static string CommunityDashboards => Path.Combine(Root, "..", "shared", "community-dashboards");

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
