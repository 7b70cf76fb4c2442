namespace Predictor.Model;

// Rolling backtest of each model against the realised series of every ticker: the share of recent
// forecasts that landed within the tolerance. Recomputed once per step, read by the gauge.
public sealed class ModelAccuracy(TickerCatalog catalog, PredictionEngine engine)
{
    private readonly Lock _gate = new();
    private long _step = -1;
    private readonly double[] _ratios = new double[ModelTypes.All.Count];

    public double RatioOf(ModelType model)
    {
        lock (_gate)
        {
            var step = engine.StepAt(engine.Now);
            if (step != _step) Recompute(step);
            return _ratios[(int)model];
        }
    }

    private void Recompute(long step)
    {
        Array.Clear(_ratios);
        foreach (var profile in catalog.Profiles)
        {
            var window = engine.Window(profile, step);
            foreach (var model in ModelTypes.All) _ratios[(int)model] += engine.Run(window, model).HitRatio;
        }
        if (catalog.Profiles.Count > 0)
            for (var i = 0; i < _ratios.Length; i++) _ratios[i] /= catalog.Profiles.Count;
        _step = step;
    }
}
