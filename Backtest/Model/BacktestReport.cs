namespace Backtest.Model;

// The outcome of one replay: which forecast steps were replayed, up to which moment, per model.
public sealed record BacktestReport(DateTimeOffset AsOf, long FirstStep, long LastStep, int Tickers, IReadOnlyList<ModelScore> Scores);
