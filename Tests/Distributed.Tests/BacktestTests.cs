using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Distributed.Tests;

// The backtest batch job in the real AppHost: it ran at start and pushed to the Pushgateway, which
// Prometheus scrapes with honor_labels; the dashboard's "Run backtest" runs it again; every run's exit
// code is on the resource's snapshot (what the dashboard shows), and a failure leaves the last success.
[Collection(AppHostCollection.Name)]
public sealed class BacktestTests(AppHostFixture system)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);
    private const string LastSuccess = "max(backtest_last_success_timestamp_seconds)";

    [Fact]
    public async Task PrometheusShowsARecentSuccessOneAccuracyPerModelAndThePushgatewayUp()
    {
        var success = await SeriesAsync(LastSuccess);
        var accuracy = await Eventually.ValueAsync(() => system.Prometheus.VectorAsync("backtest_accuracy_ratio"), s => s.Count == 2, Wait,
            "one backtest_accuracy_ratio per model");
        await system.Prometheus.WaitForValueAsync("""up{job="pushgateway"}""", 1, Wait);

        Assert.InRange(success, UnixNow() - 600, UnixNow());
        Assert.Equal(["earnings", "normal"], accuracy.Select(s => s.Labels["model_type"]).Order(StringComparer.Ordinal));
        // honor_labels: the pushed job label, not the scrape job's, and no instance (the group is the job alone).
        Assert.All(accuracy, s =>
        {
            Assert.Equal("backtest", s.Labels["job"]);
            Assert.False(s.Labels.ContainsKey("instance") || s.Labels.ContainsKey("exported_job"), string.Join(",", s.Labels));
            Assert.InRange(s.Value, 0, 1);
        });
    }

    [Fact]
    public async Task RunBacktestRunsTheJobAgainFinishingWithExitCodeZeroAndMovesTheLastSuccess()
    {
        var before = await SeriesAsync(LastSuccess);

        var run = await RunAsync();

        Assert.Equal(KnownResourceStates.Finished, run.Snapshot.State?.Text);
        Assert.Equal(0, run.Snapshot.ExitCode);
        await Eventually.ValueAsync(() => system.Prometheus.ScalarAsync(LastSuccess), v => v > before, Wait, "a newer last success");
    }

    [Fact]
    public async Task AFailedRunShowsItsExitCodeAndLeavesTheLastSuccessWhereItWas()
    {
        var before = await SeriesAsync(LastSuccess);
        system.BacktestFails = true;
        try
        {
            var failed = await RunAsync();

            Assert.Equal(1, failed.Snapshot.ExitCode); // ExitCodes.BacktestFailed
            var started = new DateTimeOffset(DateTime.SpecifyKind(failed.Snapshot.StartTimeStamp!.Value, DateTimeKind.Utc)).ToUnixTimeSeconds();
            // The failed run's marker in Prometheus proves a scrape after it; that scrape still holds the old success.
            await Eventually.ValueAsync(() => system.Prometheus.ScalarAsync("max(backtest_last_failure_timestamp_seconds)"),
                v => v >= started - 1, Wait, "the failed run's failure marker");
            Assert.Equal(before, await system.Prometheus.ScalarAsync(LastSuccess));
        }
        finally
        {
            system.BacktestFails = false;
        }
        Assert.Equal(0, (await RunAsync()).Snapshot.ExitCode);
    }

    // Runs the job through its dashboard command once it is idle, and returns the snapshot of that run's end.
    private async Task<ResourceEvent> RunAsync()
    {
        using var deadline = new CancellationTokenSource(Wait);
        var notifications = system.App.ResourceNotifications;
        await notifications.WaitForResourceAsync("backtest", e => IsFinished(e.Snapshot), deadline.Token);
        var requested = DateTime.UtcNow;
        var job = system.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == "backtest");
        var result = await system.App.Services.GetRequiredService<ResourceCommandService>()
            .ExecuteCommandAsync(job, "run-backtest", deadline.Token);
        Assert.True(result.Success, result.Message);
        return await notifications.WaitForResourceAsync("backtest",
            e => IsFinished(e.Snapshot) && e.Snapshot.StopTimeStamp > requested, deadline.Token);
    }

    private static bool IsFinished(CustomResourceSnapshot snapshot) =>
        snapshot.State?.Text is { } state && KnownResourceStates.TerminalStates.Contains(state);

    private async Task<double> SeriesAsync(string promql) =>
        (await Eventually.ValueAsync(() => system.Prometheus.ScalarAsync(promql), v => v is not null, Wait, promql))!.Value;

    private static double UnixNow() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
}
