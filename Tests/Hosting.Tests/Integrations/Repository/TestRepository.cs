using System.Runtime.CompilerServices;
using Hosting.Integrations.Repository;

namespace Hosting.Tests.Integrations.Repository;

// The repository these tests were compiled from (found from this source file, whatever the artifacts path).
internal static class TestRepository
{
    public static RepositoryLayout Layout { get; } = Locate();

    private static RepositoryLayout Locate([CallerFilePath] string sourceFile = "") =>
        RepositoryLayout.FindUpwards(Path.GetDirectoryName(sourceFile)!) is { } root
            ? new RepositoryLayout(root)
            : throw new InvalidOperationException($"no repository above {sourceFile}");
}
