using Predictor.Model;

namespace Backtest.Model;

// How one model fared over the replay: forecasts made, and how many landed within the tolerance.
public sealed record ModelScore(ModelType Model, long Predictions, long Hits)
{
    public double Accuracy => Predictions > 0 ? (double)Hits / Predictions : 0;
}
