namespace Backtest.Model;

// Configuration section "Backtest". The model settings (tickers, step length, window, horizon,
// tolerance) are the Predictor's own section "Predictor", so both read the same market the same way.
public sealed class BacktestOptions
{
    public const string SectionName = "Backtest";

    // How many forecast steps of each ticker's history are replayed, ending at the newest forecast
    // whose outcome is already known. 1440 one-minute steps: the last day.
    public int HistorySteps { get; set; } = 1440;

    // The moment the replay ends; unset means now. A fixed value replays a fixed past (tests, audits).
    public DateTimeOffset? AsOf { get; set; }

    // Pushgateway grouping key: the job label, and an instance label only when several copies of the
    // job must keep separate results (unset: one group per job, the usual choice for a batch job).
    public string Job { get; set; } = "backtest";
    public string? Instance { get; set; }

    // Test/demo switch: the run fails after replaying, before pushing its results, to show what a
    // failed run looks like (exit code, failure marker, BacktestStale). Never set it in production.
    public bool SimulateFailure { get; set; }
}
