using Predictor.Model;

namespace Predictor.Tests.Model;

public class ForecastModelTests
{
    private const int Horizon = 30;

    [Fact]
    public void NormalFollowsASteadyTrendAndEarningsTrustsHalfOfIt()
    {
        const double slope = 0.0005;
        var prices = Enumerable.Range(0, 400).Select(i => Math.Log(100) + slope * i).ToArray();

        var normal = ForecastModel.Run(prices, ModelParameters.Normal, Horizon, 60, 0.004);
        var earnings = ForecastModel.Run(prices, ModelParameters.Earnings, Horizon, 60, 0.004);

        var last = Math.Exp(prices[^1]);
        Assert.Equal(last, normal.LastPrice, 9);
        Assert.Equal(last * Math.Exp(slope * Horizon), normal.PredictedPrice, 4);
        Assert.Equal(last * Math.Exp(0.5 * slope * Horizon), earnings.PredictedPrice, 4);
        // A noiseless trend is forecast perfectly, so every backtested forecast is a hit.
        Assert.Equal(1.0, normal.HitRatio);
        Assert.True(normal.Confidence > 0.999, $"confidence {normal.Confidence}");
    }

    [Fact]
    public void MoreVolatileHistoryGivesLowerConfidence()
    {
        var calm = ForecastModel.Run(NoisySeries(0.0003), ModelParameters.Normal, Horizon, 60, 0.004);
        var wild = ForecastModel.Run(NoisySeries(0.003), ModelParameters.Normal, Horizon, 60, 0.004);

        Assert.True(calm.Confidence > wild.Confidence, $"calm {calm.Confidence} vs wild {wild.Confidence}");
        Assert.True(calm.HitRatio >= wild.HitRatio, $"calm {calm.HitRatio} vs wild {wild.HitRatio}");
    }

    [Fact]
    public void EarningsAssumesMoreVolatilitySoItIsLessConfident()
    {
        var series = NoisySeries(0.001);
        var normal = ForecastModel.Run(series, ModelParameters.Normal, Horizon, 60, 0.004);
        var earnings = ForecastModel.Run(series, ModelParameters.Earnings, Horizon, 60, 0.004);

        Assert.True(earnings.Confidence < normal.Confidence, $"earnings {earnings.Confidence} vs normal {normal.Confidence}");
    }

    [Fact]
    public void TooShortAWindowIsRejected() =>
        Assert.Throws<ArgumentException>(() => ForecastModel.Run(new double[Horizon + 1], ModelParameters.Normal, Horizon, 60, 0.004));

    private static double[] NoisySeries(double stepVolatility)
    {
        var series = new double[240];
        series[0] = Math.Log(50);
        for (var i = 1; i < series.Length; i++) series[i] = series[i - 1] + stepVolatility * DeterministicRandom.Normal(11, i);
        return series;
    }
}
