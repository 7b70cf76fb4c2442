using System.Diagnostics;
using Predictor.Metrics;
using Predictor.Tracing;

namespace Predictor.Model;

// A prediction with its measurements (in-flight gauge, duration, count, confidence) and its span.
public sealed class PredictionService(PredictionEngine engine, PredictorMetrics metrics, ILogger<PredictionService> logger)
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
            // Debug: one line per prediction is too many for Information; it carries the span's trace and span ids.
            logger.LogDebug("Predicted {Ticker} with the {Model} model: confidence {Confidence}", profile.Symbol, model.Name(), prediction.Confidence);
            return prediction;
        }
        finally
        {
            // Still inside the "predict" span (disposed after this block): the duration's exemplar names that span.
            metrics.Finished(profile.Symbol, model, Stopwatch.GetElapsedTime(started), prediction?.Confidence);
        }
    }
}
