namespace Predictor.Model;

// Geometric Brownian motion per ticker: log P(n) = log P0 + (mu - sigma^2/2) n dt + sigma sqrt(dt) W(n).
public static class PriceHistory
{
    private const double SecondsPerYear = 365.25 * 24 * 3600;

    public static double LogPriceAt(TickerProfile profile, long step, TimeSpan stepLength) =>
        LogPrice(profile, step, BrownianPath.ValueAt(profile.Seed, step), stepLength);

    // The log prices of the `count` steps ending at `lastStep` (inclusive), oldest first.
    public static double[] LogPrices(TickerProfile profile, long lastStep, int count, TimeSpan stepLength)
    {
        var prices = new double[count];
        var first = lastStep - count + 1;
        BrownianPath.Fill(profile.Seed, first, prices);
        for (var i = 0; i < count; i++) prices[i] = LogPrice(profile, first + i, prices[i], stepLength);
        return prices;
    }

    private static double LogPrice(TickerProfile profile, long step, double brownian, TimeSpan stepLength)
    {
        var dt = stepLength.TotalSeconds / SecondsPerYear;
        var sigma = profile.AnnualVolatility;
        return Math.Log(profile.StartPrice)
            + (profile.AnnualDrift - 0.5 * sigma * sigma) * step * dt
            + sigma * Math.Sqrt(dt) * brownian;
    }
}
