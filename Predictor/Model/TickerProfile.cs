namespace Predictor.Model;

// The synthetic market parameters of one symbol, all derived from the symbol itself.
public sealed record TickerProfile(string Symbol, ulong Seed, double StartPrice, double AnnualDrift, double AnnualVolatility)
{
    public static TickerProfile For(string symbol)
    {
        var seed = DeterministicRandom.Hash(symbol);
        return new TickerProfile(
            symbol,
            seed,
            StartPrice: Math.Round(20 + 480 * DeterministicRandom.Uniform(seed, 0, 3), 2),
            AnnualDrift: -0.02 + 0.17 * DeterministicRandom.Uniform(seed, 1, 3),
            AnnualVolatility: 0.15 + 0.45 * DeterministicRandom.Uniform(seed, 2, 3));
    }
}
