using Predictor.Tests.Support;
using TestSupport;

namespace Predictor.Tests.Metrics;

// A fresh host per test, so every value read back is exactly what the test's own traffic produced.
public sealed class PredictorMetricsTests : IAsyncLifetime
{
    private readonly PredictorFactory _factory = new();

    [Fact]
    public async Task PredictionsAreCountedExactlyPerTickerAndModel()
    {
        var confidences = new List<double>();
        for (var i = 0; i < 5; i++) confidences.Add((await _factory.PredictAsync("AAPL", "normal")).Confidence);
        for (var i = 0; i < 3; i++) confidences.Add((await _factory.PredictAsync("msft", "earnings")).Confidence);

        var metrics = await _factory.MetricsAsync();
        Assert.Equal(5, metrics.Value("predictions_total", ("ticker", "AAPL"), ("model_type", "normal")));
        Assert.Equal(3, metrics.Value("predictions_total", ("ticker", "MSFT"), ("model_type", "earnings")));
        Assert.Equal(8, metrics.Value("predictions_total"));
        Assert.Equal(5, metrics.Value("prediction_duration_seconds_count", ("model_type", "normal")));
        Assert.Equal(3, metrics.Value("prediction_duration_seconds_count", ("model_type", "earnings")));
        Assert.Equal(5, metrics.Value("model_confidence_count", ("model_type", "normal")));
        Assert.Equal(confidences.Sum(), metrics.Value("model_confidence_sum")!.Value, 9);
        Assert.Equal(0, metrics.Value("active_predictions"));
    }

    [Fact]
    public async Task HistogramsUseTheAdvisedBuckets()
    {
        await _factory.PredictAsync("V", "normal");
        var metrics = await _factory.MetricsAsync();

        string[] confidenceBounds = ["0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1", "+Inf"];
        var bounds = metrics.Samples.Where(s => s.Name == "model_confidence_bucket").Select(s => s.Labels["le"]).ToList();
        Assert.Equal(confidenceBounds.Length, bounds.Count);
        Assert.Equal(confidenceBounds.Select(Bound), bounds.Select(Bound));
        Assert.Equal(13, metrics.Samples.Count(s => s.Name == "prediction_duration_seconds_bucket" && s.Labels["model_type"] == "normal"));
        Assert.Equal(1, metrics.Value("prediction_duration_seconds_bucket", ("model_type", "normal"), ("le", "+Inf")));
    }

    [Fact]
    public async Task AccuracyGaugeIsExportedForBothModelsFromStartup()
    {
        var metrics = await _factory.MetricsAsync();

        foreach (var model in new[] { "normal", "earnings" })
            Assert.InRange(metrics.Value("model_accuracy_ratio", ("model_type", model)) ?? -1, 0.0, 1.0);
        Assert.Equal(2, metrics.Samples.Count(s => s.Name == "model_accuracy_ratio"));
        Assert.NotEqual(metrics.Value("model_accuracy_ratio", ("model_type", "normal")),
            metrics.Value("model_accuracy_ratio", ("model_type", "earnings")));

        await using var twin = new PredictorFactory();
        Assert.Equal(metrics.Value("model_accuracy_ratio", ("model_type", "normal")),
            (await twin.MetricsAsync()).Value("model_accuracy_ratio", ("model_type", "normal")));
    }

    [Fact]
    public async Task TheExpositionPassesPromtool()
    {
        await _factory.PredictAsync("NFLX", "earnings");
        var text = await _factory.CreateClient().GetStringAsync("/metrics");

        var result = await Promtool.CheckMetricsAsync(text);
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var family in new[] { "predictions_total", "prediction_duration_seconds", "active_predictions", "model_confidence", "model_accuracy_ratio" })
            Assert.Contains($"# TYPE {family} ", text);
    }

    // "1" and "1.0" are the same bound; compare numerically.
    private static double Bound(string le) =>
        le == "+Inf" ? double.PositiveInfinity : double.Parse(le, System.Globalization.CultureInfo.InvariantCulture);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
