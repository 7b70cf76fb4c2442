using Backtest.Model;
using Backtest.Pushing;
using Predictor.Model;
using Prometheus;
using TestSupport;

namespace Backtest.Tests.Pushing;

public sealed class BacktestMetricsTests
{
    private static readonly DateTimeOffset FinishedAt = new(2026, 6, 1, 12, 0, 0, 250, TimeSpan.Zero);

    private static readonly BacktestReport Report = new(FinishedAt, 100, 199, 2,
        [new ModelScore(ModelType.Normal, 200, 150), new ModelScore(ModelType.Earnings, 200, 50)]);

    [Fact]
    public async Task ASuccessCarriesTheResultsAndTheSuccessTimeExactly()
    {
        var text = await ExpositionAsync(BacktestMetrics.Success(Report, TimeSpan.FromMilliseconds(1500), FinishedAt));

        var samples = PrometheusText.Parse(text).Samples.Select(s => s.SeriesKey + " " + s.Value).Order(StringComparer.Ordinal);
        Assert.Equal(
        [
            """backtest_accuracy_ratio{model_type="earnings"} 0.25""",
            """backtest_accuracy_ratio{model_type="normal"} 0.75""",
            "backtest_duration_seconds{} 1.5",
            "backtest_last_success_timestamp_seconds{} 1780315200.25",
            """backtest_predictions_total{model_type="earnings"} 200""",
            """backtest_predictions_total{model_type="normal"} 200""",
        ], samples);
        Assert.Contains("# TYPE backtest_predictions_total counter", text);
        Assert.Contains("# TYPE backtest_accuracy_ratio gauge", text);
    }

    [Fact]
    public async Task AFailureCarriesOnlyTheFailureTime()
    {
        var text = await ExpositionAsync(BacktestMetrics.Failure(FinishedAt));

        var sample = Assert.Single(PrometheusText.Parse(text).Samples);
        Assert.Equal(BacktestMetrics.LastFailure, sample.Name);
        Assert.Equal(1780315200.25, sample.Value);
    }

    [Fact]
    public async Task BothPushesPassPromtoolCheckMetrics()
    {
        foreach (var registry in new[] { BacktestMetrics.Success(Report, TimeSpan.FromSeconds(1), FinishedAt), BacktestMetrics.Failure(FinishedAt) })
        {
            var result = await Promtool.CheckMetricsAsync(await ExpositionAsync(registry));
            Assert.True(result.ExitCode == 0, result.ToString());
        }
    }

    private static async Task<string> ExpositionAsync(CollectorRegistry registry)
    {
        using var stream = new MemoryStream();
        await registry.CollectAndExportAsTextAsync(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
