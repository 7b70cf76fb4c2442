namespace Predictor.Model;

// Configuration section "Predictor".
public sealed class PredictorOptions
{
    public const string SectionName = "Predictor";

    public static readonly string[] DefaultTickers = ["AAPL", "MSFT", "GOOGL", "AMZN", "META", "NVDA", "TSLA", "JPM", "V", "NFLX"];

    // Null means the defaults: binding a list that already has items would append, not replace.
    public string[]? Tickers { get; set; }

    // The synthetic series advances one step per StepLength of wall-clock time from Epoch.
    public DateTimeOffset Epoch { get; set; } = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public TimeSpan StepLength { get; set; } = TimeSpan.FromMinutes(1);

    // Steps of history each forecast reads, steps ahead it forecasts, and recent forecasts it backtests.
    public int WindowSteps { get; set; } = 240;
    public int HorizonSteps { get; set; } = 30;
    public int BacktestSteps { get; set; } = 60;

    // A forecast counts as accurate when within this relative distance of the realised price.
    public double Tolerance { get; set; } = 0.004;

    public IReadOnlyList<string> EffectiveTickers => Tickers is { Length: > 0 } ? Tickers : DefaultTickers;
}
