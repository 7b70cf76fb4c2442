namespace Predictor.Model;

public sealed record TickerList(IReadOnlyList<string> Tickers);
