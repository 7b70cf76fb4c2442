namespace Predictor.Model;

// How each model reads the history: the EWMA span of its trend, how much of that trend it trusts,
// and how much more volatile than recent history it assumes the next horizon to be.
public sealed record ModelParameters(double TrendSpan, double TrendWeight, double VolatilityMultiplier)
{
    // Trend-following: a slow EWMA of log returns, trusted fully, volatility as observed.
    public static readonly ModelParameters Normal = new(TrendSpan: 60, TrendWeight: 1.0, VolatilityMultiplier: 1.0);

    // Around earnings prices jump: a fast EWMA, half-trusted, and 2.5x the observed volatility
    // (roughly the ratio of implied volatility in earnings weeks to ordinary weeks).
    public static readonly ModelParameters Earnings = new(TrendSpan: 15, TrendWeight: 0.5, VolatilityMultiplier: 2.5);

    public static ModelParameters For(ModelType model) => model == ModelType.Earnings ? Earnings : Normal;
}
