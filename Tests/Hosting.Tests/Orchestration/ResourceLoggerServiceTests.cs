using Hosting.ApplicationModel;
using Hosting.Orchestration;

namespace Hosting.Tests.Orchestration;

public sealed class ResourceLoggerServiceTests
{
    [Fact]
    public void EachReplicaKeepsOnlyItsNewestLines()
    {
        var logs = new ResourceLoggerService(capacityPerInstance: 3);
        for (var i = 0; i < 5; i++) logs.Write("predictor", "predictor-0", 0, LogStream.Stdout, $"zero {i}");
        logs.Write("predictor", "predictor-1", 1, LogStream.Stderr, "one 0");

        Assert.Equal(["zero 2", "zero 3", "zero 4"], logs.GetLogs("predictor-0").Select(l => l.Text));
        Assert.Equal(["zero 2", "zero 3", "zero 4", "one 0"], logs.GetLogs("predictor").Select(l => l.Text));
        Assert.Equal(LogStream.Stderr, logs.GetLogs("predictor-1").Single().Stream);
    }

    [Fact]
    public async Task WatchYieldsTheBufferThenLiveLinesOfThatResourceOnly()
    {
        var logs = new ResourceLoggerService();
        logs.Write("api", "api-0", 0, LogStream.Stdout, "before");
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var seen = new List<string>();
        var watching = Task.Run(async () =>
        {
            await foreach (var line in logs.WatchAsync("api", cts.Token))
            {
                seen.Add(line.Text);
                if (seen.Count == 2) return;
            }
        });

        logs.Write("cache", "cache-0", 0, LogStream.Stdout, "other resource");
        logs.Write("api", "api-0", 0, LogStream.Stdout, "after");
        await watching;

        Assert.Equal(["before", "after"], seen);
    }
}
