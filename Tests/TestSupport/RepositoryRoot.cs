using System.Runtime.CompilerServices;

namespace TestSupport;

// The checkout the tests were built from. Test binaries live under an --artifacts-path anywhere on
// disk, so the search starts from this source file's compile-time location, then the working directory.
public static class RepositoryRoot
{
    public const string SolutionFile = "Aspire.sln";

    public static string Path { get; } = Locate();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Locate()
    {
        foreach (var start in new[] { System.IO.Path.GetDirectoryName(SourceFile()), Environment.CurrentDirectory })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(System.IO.Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
        }
        throw new InvalidOperationException($"No {SolutionFile} above {SourceFile()} or {Environment.CurrentDirectory}.");
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
