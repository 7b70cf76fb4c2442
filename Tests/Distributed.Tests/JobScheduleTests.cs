using System.Diagnostics;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

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
        var (ends, starts) = await ObserveThreeRunsAsync("sleep 0.5; exit 3", onSecondRunRunning: null);

        Assert.All(ends, end => Assert.Equal(3, end.ExitCode));
        AssertEachRunBeganAnIntervalAfterThePreviousEnded(ends, starts);
    }

    [Fact]
    public async Task ALateUpdateOfTheEndedRunDoesNotStartTheIntervalEarly()
    {
        // DCP can deliver a run's updates out of order. Once run 2 is running, the test publishes the
        // snapshot run 1 ended with, as a late update would bring it; run 2 lasts longer than the gap
        // that would leave, so a schedule that took it for run 2's end would start run 3 too soon.
        var (ends, starts) = await ObserveThreeRunsAsync("sleep 1.5; exit 3", onSecondRunRunning: PublishAgainAsync);

        AssertEachRunBeganAnIntervalAfterThePreviousEnded(ends, starts);
    }

    private static Task PublishAgainAsync(DistributedApplication app, string resourceId, CustomResourceSnapshot endOfRun1) =>
        app.ResourceNotifications.PublishUpdateAsync(
            app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == "job"), resourceId, _ => endOfRun1);

    private static void AssertEachRunBeganAnIntervalAfterThePreviousEnded(List<(TimeSpan At, int? ExitCode)> ends, List<TimeSpan> starts)
    {
        Assert.Equal(2, starts.Count);
        for (var i = 0; i < starts.Count; i++)
            Assert.True(starts[i] - ends[i].At >= Interval - NotificationSkew,
                $"run {i + 2} began {(starts[i] - ends[i].At).TotalMilliseconds:0} ms after run {i + 1} ended");
    }

    private static async Task<(List<(TimeSpan At, int? ExitCode)> Ends, List<TimeSpan> Starts)> ObserveThreeRunsAsync(
        string script, Func<DistributedApplication, string, CustomResourceSnapshot, Task>? onSecondRunRunning)
    {
        // The AppHost's builder (it knows where DCP is), emptied: only the job below runs.
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>();
        builder.Resources.Clear();
        builder.AddExecutable("job", "sh", ".", "-c", script).WithRunInterval(Interval);
        await using var app = builder.Build();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await app.StartAsync(deadline.Token);

        var clock = Stopwatch.StartNew();
        var ends = new List<(TimeSpan At, int? ExitCode)>();
        var starts = new List<TimeSpan>();
        var finished = true;
        CustomResourceSnapshot? lastRun = null;
        await foreach (var update in app.ResourceNotifications.WatchAsync(deadline.Token))
        {
            var snapshot = update.Snapshot;
            if (update.Resource.Name != "job" || snapshot.State?.Text is null || IsLateUpdateOf(lastRun, snapshot)) continue;
            var nowFinished = JobBuilderExtensions.IsFinished(snapshot);
            if (nowFinished && !finished)
            {
                ends.Add((clock.Elapsed, snapshot.ExitCode));
                lastRun = snapshot;
            }
            if (!nowFinished && finished && ends.Count > 0) starts.Add(clock.Elapsed);
            if (snapshot.State?.Text == KnownResourceStates.Running && starts.Count == 1 && onSecondRunRunning is not null)
            {
                await onSecondRunRunning(app, update.ResourceId, lastRun!);
                onSecondRunRunning = null;
            }
            finished = nowFinished;
            if (ends.Count == 3) break;
        }
        return (ends, starts);
    }

    // A snapshot of the ended run that arrives after its end is not a new run: a new run announces
    // itself as Starting, and its later snapshots carry a new start time.
    private static bool IsLateUpdateOf(CustomResourceSnapshot? ended, CustomResourceSnapshot snapshot) =>
        ended is not null && snapshot.State?.Text != KnownResourceStates.Starting
        && snapshot.StartTimeStamp is { } started && started == ended.StartTimeStamp;
}
