using System.Diagnostics;

namespace Predictor.Tracing;

// The prediction as its own span under the request's server span, tagged with what was predicted.
public static class PredictionTracing
{
    public const string SourceName = "Predictor.Predictions";

    public static readonly ActivitySource Source = new(SourceName);

    public static Activity? StartPrediction(string ticker, string model)
    {
        var activity = Source.StartActivity("predict");
        activity?.SetTag("predictor.ticker", ticker);
        activity?.SetTag("predictor.model", model);
        return activity;
    }
}
