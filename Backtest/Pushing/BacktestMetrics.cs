using Backtest.Model;
using Prometheus;
using Predictor.Model;

namespace Backtest.Pushing;

// What one run pushes, as a fresh prometheus-net registry per push: a success carries the results
// and the success timestamp; a failure carries only the failure timestamp, nothing that claims success.
public static class BacktestMetrics
{
    public const string Duration = "backtest_duration_seconds";
    public const string LastSuccess = "backtest_last_success_timestamp_seconds";
    public const string LastFailure = "backtest_last_failure_timestamp_seconds";
    public const string Accuracy = "backtest_accuracy_ratio";
    public const string Predictions = "backtest_predictions_total";

    public static CollectorRegistry Success(BacktestReport report, TimeSpan duration, DateTimeOffset finishedAt)
    {
        var registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(registry);
        factory.CreateGauge(Duration, "Wall-clock time of the last successful backtest run.").Set(duration.TotalSeconds);
        factory.CreateGauge(LastSuccess, "When the last successful backtest run finished (Unix seconds).").Set(UnixSeconds(finishedAt));
        var accuracy = factory.CreateGauge(Accuracy, "Share of replayed forecasts within the tolerance of the realised price.", "model_type");
        var predictions = factory.CreateCounter(Predictions, "Forecasts replayed by the last successful backtest run.", "model_type");
        foreach (var score in report.Scores)
        {
            accuracy.WithLabels(score.Model.Name()).Set(score.Accuracy);
            predictions.WithLabels(score.Model.Name()).IncTo(score.Predictions);
        }
        return registry;
    }

    public static CollectorRegistry Failure(DateTimeOffset failedAt)
    {
        var registry = Metrics.NewCustomRegistry();
        Metrics.WithCustomRegistry(registry)
            .CreateGauge(LastFailure, "When the last failed backtest run gave up (Unix seconds).").Set(UnixSeconds(failedAt));
        return registry;
    }

    public static double UnixSeconds(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds() / 1000.0;
}
