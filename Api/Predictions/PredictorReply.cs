using Api.Model;

namespace Api.Predictions;

public enum PredictorOutcome
{
    Found,
    UnknownTicker,
    Unavailable,
}

// What asking the Predictor (or the cache) gave: the prediction with its JSON, or why there is none.
public sealed record PredictorReply(PredictorOutcome Outcome, Prediction? Prediction = null, string? Json = null, bool FromCache = false)
{
    public static readonly PredictorReply UnknownTicker = new(PredictorOutcome.UnknownTicker);
    public static readonly PredictorReply Unavailable = new(PredictorOutcome.Unavailable);
}
