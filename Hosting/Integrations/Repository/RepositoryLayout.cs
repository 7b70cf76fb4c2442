namespace Hosting.Integrations.Repository;

// Where the repository's prometheus/ and grafana/ folders are: the setting `AppHost:RepositoryRoot`
// when given, else the first folder, walking up from the AppHost project directory (recorded at
// build), the current directory or the app's base directory, that holds prometheus/ or grafana/
// and is a repository or solution root.
public sealed record RepositoryLayout(string Root)
{
    public const string RootSetting = "AppHost:RepositoryRoot";

    public string PrometheusDirectory => Path.Combine(Root, "prometheus");
    public string GrafanaDirectory => Path.Combine(Root, "grafana");

    public static RepositoryLayout? Locate(string? configuredRoot, params IEnumerable<string> startDirectories)
    {
        if (!string.IsNullOrWhiteSpace(configuredRoot))
            return Directory.Exists(configuredRoot) ? new RepositoryLayout(Path.GetFullPath(configuredRoot)) : null;
        foreach (var start in startDirectories.Where(Directory.Exists))
            if (FindUpwards(start) is { } root) return new RepositoryLayout(root);
        return null;
    }

    public static RepositoryLayout? ForBuilder(IDistributedApplicationBuilder builder) =>
        Locate(builder.Configuration[RootSetting], builder.AppHostDirectory, Environment.CurrentDirectory, AppContext.BaseDirectory);

    internal static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var hasContent = Directory.Exists(Path.Combine(dir.FullName, "prometheus"))
                || Directory.Exists(Path.Combine(dir.FullName, "grafana"));
            var isRoot = Path.Exists(Path.Combine(dir.FullName, ".git"))
                || dir.EnumerateFiles("*.sln").Any() || dir.EnumerateFiles("*.slnx").Any();
            if (hasContent && isRoot) return dir.FullName;
        }
        return null;
    }
}
