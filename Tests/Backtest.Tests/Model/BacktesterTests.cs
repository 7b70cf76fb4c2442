using Backtest.Model;
using Backtest.Tests.Support;
using Predictor.Model;

namespace Backtest.Tests.Model;

public sealed class BacktesterTests
{
    private static readonly PredictorOptions ThreeTickers = new() { Tickers = ["AAPL", "MSFT", "TSLA"] };

    [Fact]
    public void EveryModelForecastsEveryHistoryStepOfEveryTicker()
    {
        var report = Replay.Backtester(ThreeTickers, new BacktestOptions { HistorySteps = 100 }).Run(Replay.AsOf);

        Assert.Equal(ModelTypes.All, report.Scores.Select(s => s.Model));
        Assert.All(report.Scores, s => Assert.Equal(3 * 100, s.Predictions));
        Assert.Equal(3, report.Tickers);
    }

    [Fact]
    public void TheNewestReplayedForecastIsOneHorizonBeforeAsOf()
    {
        var report = Replay.Backtester(ThreeTickers, new BacktestOptions { HistorySteps = 100 }).Run(Replay.AsOf);

        var now = Replay.Engine(ThreeTickers).StepAt(Replay.AsOf);
        Assert.Equal(now - ThreeTickers.HorizonSteps, report.LastStep);
        Assert.Equal(report.LastStep - 99, report.FirstStep);
    }

    // The replay must judge exactly what the Predictor would have answered at each step: the same
    // forecast its engine makes from its own window, against the price the series reached a horizon later.
    [Fact]
    public void AHitIsAForecastOfThePredictorsEngineWithinTheToleranceOfTheRealisedPrice()
    {
        var options = new PredictorOptions { Tickers = ["NVDA"] };
        var report = Replay.Backtester(options, new BacktestOptions { HistorySteps = 60 }).Run(Replay.AsOf);

        var engine = Replay.Engine(options);
        var profile = TickerProfile.For("NVDA");
        foreach (var score in report.Scores)
        {
            var hits = 0;
            for (var step = report.FirstStep; step <= report.LastStep; step++)
            {
                var predicted = engine.Run(engine.Window(profile, step), score.Model).PredictedPrice;
                var realised = Math.Exp(PriceHistory.LogPriceAt(profile, step + options.HorizonSteps, options.StepLength));
                if (Math.Abs(predicted / realised - 1) <= options.Tolerance) hits++;
            }
            Assert.Equal(hits, score.Hits);
            Assert.Equal((double)hits / 60, score.Accuracy);
        }
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(0.0, 0.0)]
    public void AccuracyFollowsTheTolerance(double tolerance, double accuracy)
    {
        var options = new PredictorOptions { Tickers = ["AAPL"], Tolerance = tolerance };

        var report = Replay.Backtester(options, new BacktestOptions { HistorySteps = 50 }).Run(Replay.AsOf);

        Assert.All(report.Scores, s => Assert.Equal(accuracy, s.Accuracy));
    }

    [Fact]
    public void TheSameAsOfReplaysTheSameResults()
    {
        var backtester = Replay.Backtester(ThreeTickers, new BacktestOptions { HistorySteps = 100 });

        Assert.Equal(backtester.Run(Replay.AsOf).Scores, backtester.Run(Replay.AsOf).Scores);
    }

    [Fact]
    public void ALaterAsOfReplaysALaterStretch()
    {
        var backtester = Replay.Backtester(ThreeTickers, new BacktestOptions { HistorySteps = 100 });

        var later = backtester.Run(Replay.AsOf.AddMinutes(10));

        Assert.Equal(backtester.Run(Replay.AsOf).LastStep + 10, later.LastStep);
    }

    [Fact]
    public void BeforeTheSeriesHasAWindowAndAHorizonThereIsNothingToReplay()
    {
        var options = new PredictorOptions();
        var backtester = Replay.Backtester(options, new BacktestOptions());

        var error = Assert.Throws<InvalidOperationException>(() => backtester.Run(options.Epoch));

        Assert.Contains("No history to replay", error.Message);
    }

    [Fact]
    public void AShortSeriesIsReplayedFromItsFirstFullWindow()
    {
        var options = new PredictorOptions { Tickers = ["AAPL"] };
        var asOf = options.Epoch + options.StepLength * (options.WindowSteps + options.HorizonSteps + 9);

        var report = Replay.Backtester(options, new BacktestOptions { HistorySteps = 1000 }).Run(asOf);

        Assert.Equal(options.WindowSteps - 1, report.FirstStep);
        Assert.All(report.Scores, s => Assert.Equal(report.LastStep - report.FirstStep + 1, s.Predictions));
    }
}
