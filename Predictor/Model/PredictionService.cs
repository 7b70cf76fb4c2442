using System.Diagnostics;
using Predictor.Metrics;
using Predictor.Tracing;

namespace Predictor.Model;

// A prediction with its measurements (in-flight gauge, duration, count, confidence) and its span.
public sealed class PredictionService(PredictionEngine engine, PredictorMetrics metrics)
{
    public Prediction Predict(TickerProfile profile, ModelType model)
    {
        using var activity = PredictionTracing.StartPrediction(profile.Symbol, model.Name());
        metrics.Started();
        var started = Stopwatch.GetTimestamp();
        Prediction? prediction = null;
        try
        {
            prediction = engine.Predict(profile, model);
            activity?.SetTag("predictor.confidence", prediction.Confidence);
            return prediction;
        }
        finally
        {
            metrics.Finished(profile.Symbol, model, Stopwatch.GetElapsedTime(started), prediction?.Confidence);
        }
    }
}
