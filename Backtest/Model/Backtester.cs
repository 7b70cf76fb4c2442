using Microsoft.Extensions.Options;
using Predictor.Model;

namespace Backtest.Model;

// Replays every model over every ticker's realised history: at each step it forecasts from the window
// ending there, exactly as the Predictor would have, and checks the forecast against the price the
// series actually reached a horizon later. Pure and deterministic: same options and AsOf, same report.
public sealed class Backtester(TickerCatalog catalog, PredictionEngine engine, IOptions<PredictorOptions> predictor, IOptions<BacktestOptions> backtest)
{
    public BacktestReport Run(DateTimeOffset asOf)
    {
        var options = predictor.Value;
        var (window, horizon) = (options.WindowSteps, options.HorizonSteps);
        // The newest realised price is at asOf; the newest forecast whose outcome is known is a horizon earlier.
        var lastOutcome = engine.StepAt(asOf);
        var lastStep = lastOutcome - horizon;
        var firstStep = Math.Max(window - 1, lastStep - backtest.Value.HistorySteps + 1);
        if (lastStep < firstStep)
            throw new InvalidOperationException($"No history to replay as of {asOf:O}: the series has fewer than {window + horizon} steps.");
        if (catalog.Profiles.Count == 0) throw new InvalidOperationException("No ticker to replay: Predictor:Tickers names none.");

        var predictions = new long[ModelTypes.All.Count];
        var hits = new long[ModelTypes.All.Count];
        foreach (var profile in catalog.Profiles)
        {
            // One fill of the whole stretch (every window plus the last outcome); forecasts read slices of it.
            var firstPrice = firstStep - window + 1;
            var prices = PriceHistory.LogPrices(profile, lastOutcome, checked((int)(lastOutcome - firstPrice + 1)), options.StepLength);
            foreach (var model in ModelTypes.All)
            {
                var parameters = ModelParameters.For(model);
                for (var step = firstStep; step <= lastStep; step++)
                {
                    var at = (int)(step - firstPrice);
                    var forecast = ForecastModel.Run(prices.AsSpan(at - window + 1, window), parameters, horizon, options.BacktestSteps, options.Tolerance);
                    var realised = Math.Exp(prices[at + horizon]);
                    if (Math.Abs(forecast.PredictedPrice / realised - 1) <= options.Tolerance) hits[(int)model]++;
                    predictions[(int)model]++;
                }
            }
        }
        var scores = ModelTypes.All.Select(m => new ModelScore(m, predictions[(int)m], hits[(int)m])).ToList();
        return new BacktestReport(asOf, firstStep, lastStep, catalog.Profiles.Count, scores);
    }
}
