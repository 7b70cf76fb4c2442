namespace Distributed.Tests;

// DCP starts each project from the build output the AppHost's build produced (Hosting/Projects), so the process
// it reports, and that a crash or a kill hits, is the service itself: no `dotnet run` in between.
[Collection(AppHostCollection.Name)]
public sealed class LaunchTests(AppHostFixture system)
{
    [Fact]
    public async Task EachPredictorReplicaIsTheProjectsOwnExecutableFromItsReleaseOutput()
    {
        foreach (var replica in await system.PredictorReplicasAsync())
        {
            var path = replica.Snapshot.Properties.Single(p => p.Name == "executable.path").Value?.ToString();
            Assert.EndsWith(Path.Combine("Predictor", "bin", "Release", "net10.0", "Predictor"), path, StringComparison.Ordinal);

            var pid = replica.ProcessId() ?? throw new InvalidOperationException($"{replica.ResourceId} reports no pid");
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0');
            Assert.Equal(path, commandLine[0]);
        }
    }
}
