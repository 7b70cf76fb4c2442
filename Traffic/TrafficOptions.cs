namespace Traffic;

// Configuration section "Traffic" (the AppHost passes Traffic__RatePerSecond through).
public sealed class TrafficOptions
{
    public const string SectionName = "Traffic";
    public const double MinRate = 0.1;
    public const double MaxRate = 200;

    // Requests started per second, whether or not earlier ones have answered (an open workload, as users make).
    public double RatePerSecond { get; set; } = 10;

    // Requests in flight at most; a start beyond it is skipped and counted (traffic_skipped_total), so a slow
    // api never piles up unbounded work here.
    public int MaxConcurrency { get; set; } = 64;

    // Fixes the mix's random sequence (tests); null draws a new one per run.
    public int? Seed { get; set; }

    // The predictor's default symbols, most traded first: the mix asks for the first ones far more often.
    public string[]? Tickers { get; set; }

    public static readonly string[] DefaultTickers = ["AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "TSLA", "JPM", "V", "NFLX"];

    public IReadOnlyList<string> EffectiveTickers => Tickers is { Length: > 0 } ? Tickers : DefaultTickers;

    public double EffectiveRate => Math.Clamp(RatePerSecond, MinRate, MaxRate);

    public TimeSpan Interval => TimeSpan.FromSeconds(1 / EffectiveRate);
}
