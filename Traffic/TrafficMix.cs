using System.Globalization;

namespace Traffic;

// What a day of users asks the api, in proportion: mostly predictions (a few popular tickers, mostly the
// normal model), some /work with latencies from a few ms to two seconds, rare long tasks and uploads,
// a few unknown tickers and a few malformed requests (each must get a 4xx, never a 5xx).
public sealed class TrafficMix(IReadOnlyList<string> tickers, Random random)
{
    // Symbols no predictor knows: they must come back 404 and create no series.
    public static readonly string[] UnknownTickers = ["ZZZZ", "NOPE", "FAKE1"];

    private static readonly (double Weight, Func<TrafficMix, PlannedRequest> Make)[] Kinds =
    [
        (75, m => m.Predict()),
        (12, m => m.Work()),
        (1, m => m.Task()),
        (4, m => m.Upload()),
        (5, m => m.UnknownTicker()),
        (3, m => m.BadInput()),
    ];

    private static readonly PlannedRequest[] BadInputs =
    [
        new(Routes.Predict, Intents.BadInput, HttpMethod.Get, "/predict/AAPL?model=quantum"),
        new(Routes.Predict, Intents.BadInput, HttpMethod.Get, "/predict/%24%24%24"),
        new(Routes.Work, Intents.BadInput, HttpMethod.Get, "/work?ms=soon"),
        new(Routes.Work, Intents.BadInput, HttpMethod.Get, "/work?ms=999999"),
        new(Routes.Task, Intents.BadInput, HttpMethod.Get, "/do_task?seconds=-1"),
        new(Routes.Upload, Intents.BadInput, HttpMethod.Post, "/upload"),
    ];

    // Zipf popularity: the first ticker is asked about ten times as often as the tenth. With 85% normal model,
    // at 10 requests/s about two in three lookups hit the api's 5 s cache (CacheHitRatioLow stays quiet).
    private readonly double[] _tickerWeights = [.. tickers.Select((_, i) => 1.0 / (i + 1))];

    public PlannedRequest Next() => Pick(Kinds, k => k.Weight).Make(this);

    private PlannedRequest Predict()
    {
        var ticker = tickers[PickIndex(_tickerWeights)];
        var model = random.NextDouble() < 0.85 ? "normal" : "earnings";
        return new(Routes.Predict, Intents.Valid, HttpMethod.Get, $"/predict/{ticker}?model={model}");
    }

    // Mostly quick, sometimes slow, rarely very slow: a latency histogram with a body and a tail.
    private PlannedRequest Work()
    {
        var roll = random.NextDouble();
        var ms = roll < 0.8 ? random.Next(5, 100) : roll < 0.98 ? random.Next(100, 500) : random.Next(500, 2000);
        return new(Routes.Work, Intents.Valid, HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"/work?ms={ms}"));
    }

    private PlannedRequest Task() =>
        new(Routes.Task, Intents.Valid, HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"/do_task?seconds={random.Next(0, 3)}"));

    private PlannedRequest Upload()
    {
        var bytes = new byte[random.Next(1024, 256 * 1024)];
        random.NextBytes(bytes);
        return new(Routes.Upload, Intents.Valid, HttpMethod.Post, "/upload") { Upload = bytes };
    }

    private PlannedRequest UnknownTicker() =>
        new(Routes.Predict, Intents.UnknownTicker, HttpMethod.Get, $"/predict/{UnknownTickers[random.Next(UnknownTickers.Length)]}?model=normal");

    private PlannedRequest BadInput() => BadInputs[random.Next(BadInputs.Length)];

    private T Pick<T>(IReadOnlyList<T> items, Func<T, double> weight) => items[PickIndex([.. items.Select(weight)])];

    private int PickIndex(double[] weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0) return i;
        }
        return weights.Length - 1;
    }
}
