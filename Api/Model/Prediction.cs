namespace Api.Model;

// The Predictor's answer, passed through unchanged.
public sealed record Prediction(
    string Ticker,
    string Model,
    double LastPrice,
    double PredictedPrice,
    TimeSpan Horizon,
    double Confidence,
    DateTimeOffset GeneratedAt);
