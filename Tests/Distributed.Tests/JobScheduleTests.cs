using Aspire.Hosting.ApplicationModel;

namespace Distributed.Tests;

// WithRunInterval on a minimal app of its own (one short-lived executable under DCP): the job runs
// again an interval after each run ends, never while a run is going, and each run's exit code is on
// its snapshot.
public sealed class JobScheduleTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

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

        var runs = new Dictionary<DateTime, ResourceEvent>();
        await foreach (var update in app.ResourceNotifications.WatchAsync(deadline.Token))
        {
            if (update.Resource.Name != "job" || !JobBuilderExtensions.IsFinished(update.Snapshot)) continue;
            runs[update.Snapshot.StartTimeStamp!.Value] = update;
            if (runs.Count == 3) break;
        }

        var ordered = runs.Values.OrderBy(r => r.Snapshot.StartTimeStamp).ToList();
        Assert.All(ordered, r => Assert.Equal(3, r.Snapshot.ExitCode));
        for (var i = 1; i < ordered.Count; i++)
            Assert.True(ordered[i].Snapshot.StartTimeStamp - ordered[i - 1].Snapshot.StopTimeStamp >= Interval,
                $"run {i} started {ordered[i].Snapshot.StartTimeStamp:O}, the previous one stopped {ordered[i - 1].Snapshot.StopTimeStamp:O}");
    }
}
