using Backtest.Tests.Support;
using TestSupport;

namespace Backtest.Tests;

// The grouping key as docs/backtest.md states it: one group per job, an instance label only when
// configured, and Prometheus keeping the pushed labels (honor_labels) instead of the Pushgateway's own.
[Collection(PushgatewayCollection.Name)]
public sealed class GroupingTests(PushgatewayFixture fixture)
{
    private PrometheusServer Prometheus => fixture.Prometheus;

    [Fact]
    public async Task ByDefaultTheGroupIsTheJobAloneAndPrometheusKeepsThePushedJobLabel()
    {
        var settings = Replay.Settings("unused");
        settings.Remove("Backtest__Job");

        var run = await BacktestProcess.RunAsync(fixture.Pushgateway.BaseAddress, settings);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains(await fixture.Pushgateway.GroupsAsync(), g => g.Labels.Count == 1 && g.Labels["job"] == "backtest");
        var labels = await WaitForLabelsAsync("""backtest_last_success_timestamp_seconds{job="backtest", instance=""}""");
        Assert.Equal(["__name__", "job"], labels.Order());
        Assert.Equal(1, await Prometheus.ScalarAsync("""up{job="pushgateway"}"""));
    }

    [Fact]
    public async Task AConfiguredInstanceIsASecondGroupBesideTheJobsOwn()
    {
        var settings = Replay.Settings("regional");
        var plain = await BacktestProcess.RunAsync(fixture.Pushgateway.BaseAddress, settings);
        var regional = await BacktestProcess.RunAsync(fixture.Pushgateway.BaseAddress, new Dictionary<string, string>(settings)
        {
            ["Backtest__Instance"] = "eu/west 1",
        });

        Assert.True(plain.ExitCode == ExitCodes.Success, plain.ToString());
        Assert.True(regional.ExitCode == ExitCodes.Success, regional.ToString());
        Assert.Contains(await fixture.Pushgateway.GroupsAsync(),
            g => g.Labels.Count == 2 && g.Labels["job"] == "regional" && g.Labels["instance"] == "eu/west 1");
        await WaitForLabelsAsync("""backtest_last_success_timestamp_seconds{job="regional", instance="eu/west 1"}""");
        await Prometheus.WaitForValueAsync("""count(backtest_last_success_timestamp_seconds{job="regional"})""", 2);
    }

    [Fact]
    public async Task NoPushedSeriesIsRenamedToExportedJob()
    {
        var run = await BacktestProcess.RunAsync(fixture.Pushgateway.BaseAddress, Replay.Settings("honored"));

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        await WaitForLabelsAsync("""backtest_accuracy_ratio{job="honored"}""");
        var renamed = await Prometheus.QueryAsync("""{__name__=~"backtest_.+", exported_job!=""}""");
        Assert.Equal(0, renamed.GetArrayLength());
    }

    // The label names of the first series the selector returns, once Prometheus has scraped one.
    private async Task<IReadOnlyList<string>> WaitForLabelsAsync(string selector)
    {
        var result = await Eventually.ValueAsync(() => Prometheus.QueryAsync(selector), r => r.GetArrayLength() > 0,
            TimeSpan.FromSeconds(30), selector);
        return [.. result[0].GetProperty("metric").EnumerateObject().Select(p => p.Name)];
    }
}
