using System.Diagnostics;

namespace Distributed.Tests;

// WithRunInterval on a minimal app of its own (one short-lived executable under DCP): the job runs
// again an interval after each run ends, never while a run is going, and each run's exit code is on
// its snapshot. Times are when this test saw the states change, the same notifications the schedule
// acts on (DCP's own process timestamps are taken elsewhere and can lag under load).
public sealed class JobScheduleTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan NotificationSkew = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task AJobWithAnIntervalRunsAgainAnIntervalAfterEachRunEnds()
    {
        // The AppHost's builder (it knows where DCP is), emptied: only the job below runs.
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>();
        builder.Resources.Clear();
        builder.AddExecutable("job", "sh", ".", "-c", "sleep 0.5; exit 3").WithRunInterval(Interval);
        await using var app = builder.Build();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await app.StartAsync(deadline.Token);

        var clock = Stopwatch.StartNew();
        var ends = new List<(TimeSpan At, int? ExitCode)>();
        var starts = new List<TimeSpan>();
        var finished = true;
        await foreach (var update in app.ResourceNotifications.WatchAsync(deadline.Token))
        {
            if (update.Resource.Name != "job" || update.Snapshot.State?.Text is null) continue;
            var nowFinished = JobBuilderExtensions.IsFinished(update.Snapshot);
            if (nowFinished && !finished) ends.Add((clock.Elapsed, update.Snapshot.ExitCode));
            if (!nowFinished && finished && ends.Count > 0) starts.Add(clock.Elapsed);
            finished = nowFinished;
            if (ends.Count == 3) break;
        }

        Assert.All(ends, end => Assert.Equal(3, end.ExitCode));
        Assert.Equal(2, starts.Count);
        for (var i = 0; i < starts.Count; i++)
            Assert.True(starts[i] - ends[i].At >= Interval - NotificationSkew,
                $"run {i + 2} began {(starts[i] - ends[i].At).TotalMilliseconds:0} ms after run {i + 1} ended");
    }
}
