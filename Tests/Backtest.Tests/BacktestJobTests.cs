using Backtest.Tests.Support;
using Predictor.Model;
using TestSupport;

namespace Backtest.Tests;

// The job as a process against a real Pushgateway that a real Prometheus scrapes with honor_labels:
// what Prometheus returns is exactly what the job computed, and a failure never claims success.
[Collection(PushgatewayCollection.Name)]
public sealed class BacktestJobTests(PushgatewayFixture fixture)
{
    private PrometheusServer Prometheus => fixture.Prometheus;

    [Fact]
    public async Task PrometheusReturnsExactlyTheAccuracyAndCountsTheBacktestComputed()
    {
        var expected = Replay.Expected();

        var run = await BacktestProcess.RunAsync(fixture.Pushgateway.BaseAddress, Replay.Settings("exact"));

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        foreach (var score in expected.Scores)
        {
            var model = score.Model.Name();
            await Prometheus.WaitForValueAsync($$"""backtest_accuracy_ratio{job="exact",model_type="{{model}}"}""", score.Accuracy);
            await Prometheus.WaitForValueAsync($$"""backtest_predictions_total{job="exact",model_type="{{model}}"}""", score.Predictions);
        }
        Assert.Equal(ModelTypes.All.Count, await Prometheus.ScalarAsync("""count(backtest_accuracy_ratio{job="exact"})"""));
    }

    [Fact]
    public async Task TheLastSuccessIsTheRunsEndAndTheDurationFitsInsideTheRun()
    {
        var run = await BacktestProcess.RunAsync(fixture.Pushgateway.BaseAddress, Replay.Settings("timing"));
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());

        var lastSuccess = await WaitForSeriesAsync("""backtest_last_success_timestamp_seconds{job="timing"}""");
        var duration = await WaitForSeriesAsync("""backtest_duration_seconds{job="timing"}""");

        Assert.InRange(lastSuccess, Math.Floor(UnixSeconds(run.Started)), UnixSeconds(run.Finished));
        Assert.InRange(duration, double.Epsilon, (run.Finished - run.Started).TotalSeconds);
    }

    [Fact]
    public async Task AFailingRunExitsNonZeroAndLeavesTheLastSuccessWhereItWas()
    {
        var settings = Replay.Settings("failing");
        var succeeded = await BacktestProcess.RunAsync(fixture.Pushgateway.BaseAddress, settings);
        Assert.True(succeeded.ExitCode == ExitCodes.Success, succeeded.ToString());
        var lastSuccess = await WaitForSeriesAsync("""backtest_last_success_timestamp_seconds{job="failing"}""");

        var failed = await BacktestProcess.RunAsync(fixture.Pushgateway.BaseAddress, new Dictionary<string, string>(settings)
        {
            ["Backtest__SimulateFailure"] = "true",
        });

        Assert.True(failed.ExitCode == ExitCodes.BacktestFailed, failed.ToString());
        // The failure marker in Prometheus proves a scrape after the failed run; that scrape still has the old success.
        var lastFailure = await WaitForSeriesAsync("""backtest_last_failure_timestamp_seconds{job="failing"}""");
        Assert.InRange(lastFailure, Math.Floor(UnixSeconds(failed.Started)), UnixSeconds(failed.Finished));
        Assert.Equal(lastSuccess, await Prometheus.ScalarAsync("""backtest_last_success_timestamp_seconds{job="failing"}"""));
    }

    [Fact]
    public async Task ARunThatNeverSucceededPushesNoSuccessAndNoResults()
    {
        var failed = await BacktestProcess.RunAsync(fixture.Pushgateway.BaseAddress, new Dictionary<string, string>(Replay.Settings("never"))
        {
            ["Backtest__SimulateFailure"] = "true",
        });

        Assert.True(failed.ExitCode == ExitCodes.BacktestFailed, failed.ToString());
        await WaitForSeriesAsync("""backtest_last_failure_timestamp_seconds{job="never"}""");
        var claims = await Prometheus.QueryAsync("""{job="never", __name__=~"backtest_(last_success|duration|accuracy|predictions).*"}""");
        Assert.Equal(0, claims.GetArrayLength());
    }

    [Fact]
    public async Task APushThePushgatewayRefusesEndsWithThePushFailedExitCode()
    {
        await using var pushgateway = await PushgatewayServer.StartAsync();
        // Another group already holds the accuracy as a counter: the Pushgateway refuses a gauge of that name.
        using var conflicting = new StringContent("# TYPE backtest_accuracy_ratio counter\nbacktest_accuracy_ratio{model_type=\"normal\"} 1\n");
        (await pushgateway.Http.PutAsync("metrics/job/other", conflicting)).EnsureSuccessStatusCode();

        var run = await BacktestProcess.RunAsync(pushgateway.BaseAddress, Replay.Settings("refused"));

        Assert.True(run.ExitCode == ExitCodes.PushFailed, run.ToString());
        Assert.Contains("refused the push to metrics/job/refused: 400", run.Output);
        // The Pushgateway records the failed attempt in the group, and nothing of the job's.
        var group = Assert.Single(await pushgateway.GroupsAsync(), g => g.Labels["job"] == "refused");
        Assert.DoesNotContain(group.Metrics, m => m.StartsWith("backtest_", StringComparison.Ordinal));
        Assert.Contains("push_failure_time_seconds", group.Metrics);
    }

    [Fact]
    public async Task WithoutAPushgatewayEndpointTheJobDoesNotStartAndSaysWhatToSet()
    {
        var run = await BacktestProcess.RunAsync(Replay.Settings("unconfigured"));

        Assert.True(run.ExitCode == ExitCodes.NotStarted, run.ToString());
        Assert.Contains("services__pushgateway__http__0", run.Output);
    }

    private async Task<double> WaitForSeriesAsync(string promql) =>
        (await Eventually.ValueAsync(() => Prometheus.ScalarAsync(promql), v => v is not null, TimeSpan.FromSeconds(30), promql))!.Value;

    private static double UnixSeconds(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds() / 1000.0;
}
