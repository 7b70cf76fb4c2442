namespace Predictor.Model;

// Trend forecast from an EWMA of log returns, scored by backtesting the same rule on the recent past.
public static class ForecastModel
{
    public static Forecast Run(ReadOnlySpan<double> logPrices, ModelParameters parameters, int horizon, int backtestSteps, double tolerance)
    {
        var n = logPrices.Length;
        if (n < horizon + 2) throw new ArgumentException($"need more than {horizon + 1} prices", nameof(logPrices));
        var alpha = 2.0 / (parameters.TrendSpan + 1);
        Span<double> trend = n <= 4096 ? stackalloc double[n] : new double[n];
        trend[0] = 0;
        double mean = 0, variance = 0;
        for (var t = 1; t < n; t++)
        {
            var change = logPrices[t] - logPrices[t - 1] - mean;
            mean += alpha * change;
            variance = (1 - alpha) * (variance + alpha * change * change);
            trend[t] = mean;
        }

        var weightedTrend = parameters.TrendWeight * horizon;
        double sumSquares = 0;
        int hits = 0, count = 0;
        for (var t = Math.Max(1, n - horizon - backtestSteps); t < n - horizon; t++)
        {
            var error = Math.Exp(logPrices[t] + weightedTrend * trend[t] - logPrices[t + horizon]) - 1;
            sumSquares += error * error;
            if (Math.Abs(error) <= tolerance) hits++;
            count++;
        }

        // The expected relative miss is the larger of what recent forecasts missed by and what the
        // model's own volatility assumption implies over the horizon; confidence is then the chance
        // that the outcome lands within the tolerance, for a normal miss of that size.
        var recentError = count > 0 ? Math.Sqrt(sumSquares / count) : 0;
        var assumedError = parameters.VolatilityMultiplier * Math.Sqrt(variance * horizon);
        var spread = Math.Max(recentError, assumedError);
        var confidence = spread > 0 ? Erf.Of(tolerance / (spread * Math.Sqrt(2))) : 1;

        var last = logPrices[n - 1];
        return new Forecast(
            LastPrice: Math.Exp(last),
            PredictedPrice: Math.Exp(last + weightedTrend * trend[n - 1]),
            Confidence: Math.Clamp(confidence, 0, 1),
            HitRatio: count > 0 ? (double)hits / count : 0);
    }
}
