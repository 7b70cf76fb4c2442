using Microsoft.Extensions.Options;

namespace Predictor.Model;

// Turns wall-clock time into a step of each ticker's synthetic series and runs a model on its window.
public sealed class PredictionEngine(IOptions<PredictorOptions> options, TimeProvider time)
{
    private readonly PredictorOptions _options = options.Value;

    public DateTimeOffset Now => time.GetUtcNow();

    // Steps elapsed since the epoch; before the epoch the series stands at its first full window.
    public long StepAt(DateTimeOffset instant)
    {
        var elapsed = (instant - _options.Epoch).Ticks / _options.StepLength.Ticks;
        return Math.Clamp(elapsed, _options.WindowSteps - 1, BrownianPath.Length);
    }

    public double[] Window(TickerProfile profile, long step) =>
        PriceHistory.LogPrices(profile, step, _options.WindowSteps, _options.StepLength);

    public Forecast Run(double[] window, ModelType model) =>
        ForecastModel.Run(window, ModelParameters.For(model), _options.HorizonSteps, _options.BacktestSteps, _options.Tolerance);

    public Prediction Predict(TickerProfile profile, ModelType model)
    {
        var now = Now;
        var forecast = Run(Window(profile, StepAt(now)), model);
        return new Prediction(
            profile.Symbol,
            model.Name(),
            Math.Round(forecast.LastPrice, 2),
            Math.Round(forecast.PredictedPrice, 2),
            _options.StepLength * _options.HorizonSteps,
            Math.Round(forecast.Confidence, 4),
            now);
    }
}
