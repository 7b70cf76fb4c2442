namespace Predictor.Model;

// One model run over a window of log prices: the forecast, and how its recent forecasts fared.
public sealed record Forecast(double LastPrice, double PredictedPrice, double Confidence, double HitRatio);
