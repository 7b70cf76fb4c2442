using Backtest.Model;
using Microsoft.Extensions.Options;
using Predictor.Model;

namespace Backtest.Tests.Support;

// A Backtester built in-process from options, as the job builds it from configuration.
public static class Replay
{
    // A fixed past moment: every run replays the same stretch of the series.
    public static readonly DateTimeOffset AsOf = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static Backtester Backtester(PredictorOptions predictor, BacktestOptions backtest)
    {
        var options = Options.Create(predictor);
        return new Backtester(new TickerCatalog(options), Engine(predictor), options, Options.Create(backtest));
    }

    public static PredictionEngine Engine(PredictorOptions predictor) => new(Options.Create(predictor), TimeProvider.System);

    // The job's settings as environment variables, and the same run computed here.
    public static Dictionary<string, string> Settings(string job, int historySteps = 240) => new()
    {
        ["Backtest__Job"] = job,
        ["Backtest__AsOf"] = AsOf.ToString("O"),
        ["Backtest__HistorySteps"] = historySteps.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static BacktestReport Expected(int historySteps = 240) =>
        Backtester(new PredictorOptions(), new BacktestOptions { HistorySteps = historySteps }).Run(AsOf);
}
