using System.Diagnostics;
using Predictor.Metrics;

namespace Predictor.Model;

// A prediction with its measurements: in-flight gauge, duration, count and confidence.
public sealed class PredictionService(PredictionEngine engine, PredictorMetrics metrics)
{
    public Prediction Predict(TickerProfile profile, ModelType model)
    {
        metrics.Started();
        var started = Stopwatch.GetTimestamp();
        Prediction? prediction = null;
        try
        {
            prediction = engine.Predict(profile, model);
            return prediction;
        }
        finally
        {
            metrics.Finished(profile.Symbol, model, Stopwatch.GetElapsedTime(started), prediction?.Confidence);
        }
    }
}
