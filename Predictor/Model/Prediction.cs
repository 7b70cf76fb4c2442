namespace Predictor.Model;

public sealed record Prediction(
    string Ticker,
    string Model,
    double LastPrice,
    double PredictedPrice,
    TimeSpan Horizon,
    double Confidence,
    DateTimeOffset GeneratedAt);
