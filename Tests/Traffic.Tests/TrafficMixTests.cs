using System.Globalization;
using System.Text.RegularExpressions;

namespace Traffic.Tests;

public sealed partial class TrafficMixTests
{
    private const int Draws = 20_000;
    private static readonly IReadOnlyList<PlannedRequest> Sample = Draw(Draws, seed: 15);

    [Theory]
    [InlineData(Routes.Predict, Intents.Valid, 75)]
    [InlineData(Routes.Work, Intents.Valid, 12)]
    [InlineData(Routes.Task, Intents.Valid, 1)]
    [InlineData(Routes.Upload, Intents.Valid, 4)]
    [InlineData(Routes.Predict, Intents.UnknownTicker, 5)]
    public void EachKindOfRequestHasItsShareOfTheMix(string route, string intent, double percent) =>
        Assert.InRange(Share(r => r.Route == route && r.Intent == intent), percent - 1, percent + 1);

    [Fact]
    public void ThreePercentAreBadInputSpreadOverEveryRoute()
    {
        var bad = Sample.Where(r => r.Intent == Intents.BadInput).ToList();
        Assert.InRange(100.0 * bad.Count / Draws, 2, 4);
        Assert.Equal([Routes.Task, Routes.Predict, Routes.Upload, Routes.Work], bad.Select(r => r.Route).Distinct().Order(StringComparer.Ordinal));
        Assert.All(bad.Where(r => r.Route == Routes.Upload), r => Assert.Null(r.Upload));
    }

    [Fact]
    public void PopularTickersAndTheNormalModelDominatePredictions()
    {
        var predictions = Sample.Where(r => r.Route == Routes.Predict && r.Intent == Intents.Valid).ToList();
        var byTicker = predictions.GroupBy(r => PredictPath().Match(r.PathAndQuery).Groups["ticker"].Value).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(TrafficOptions.DefaultTickers.Order(StringComparer.Ordinal), byTicker.Keys.Order(StringComparer.Ordinal));
        Assert.InRange((double)byTicker["AAPL"] / byTicker["NFLX"], 8, 12);
        Assert.InRange(100.0 * predictions.Count(r => r.PathAndQuery.EndsWith("model=normal", StringComparison.Ordinal)) / predictions.Count, 83, 87);
    }

    [Fact]
    public void UnknownTickersComeOnlyFromTheirFixedSet()
    {
        var unknown = Sample.Where(r => r.Intent == Intents.UnknownTicker).Select(r => PredictPath().Match(r.PathAndQuery).Groups["ticker"].Value);
        Assert.Equal(TrafficMix.UnknownTickers.Order(StringComparer.Ordinal), unknown.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WorkAsksForAFewMillisecondsMostlyAndUpToTwoSecondsRarely()
    {
        var ms = Sample.Where(r => r.Route == Routes.Work && r.Intent == Intents.Valid)
            .Select(r => int.Parse(r.PathAndQuery["/work?ms=".Length..], CultureInfo.InvariantCulture)).ToList();
        Assert.InRange(ms.Min(), 5, 10);
        Assert.InRange(ms.Max(), 1500, 1999);
        Assert.InRange(100.0 * ms.Count(m => m < 100) / ms.Count, 77, 83);
    }

    [Fact]
    public void ValidUploadsCarryAFileOfOneTo256Kilobytes()
    {
        var sizes = Sample.Where(r => r.Route == Routes.Upload && r.Intent == Intents.Valid).Select(r => r.Upload!.Length).ToList();
        Assert.InRange(sizes.Min(), 1024, 256 * 1024);
        Assert.InRange(sizes.Max(), 1024, 256 * 1024);
    }

    [Fact]
    public void TheSameSeedGivesTheSameRequests() =>
        Assert.Equal(Draw(200, seed: 7).Select(r => r.PathAndQuery), Draw(200, seed: 7).Select(r => r.PathAndQuery));

    private static double Share(Func<PlannedRequest, bool> predicate) => 100.0 * Sample.Count(predicate) / Draws;

    private static List<PlannedRequest> Draw(int count, int seed)
    {
        var mix = new TrafficMix(TrafficOptions.DefaultTickers, new Random(seed));
        return [.. Enumerable.Range(0, count).Select(_ => mix.Next())];
    }

    [GeneratedRegex(@"^/predict/(?<ticker>[^?]+)\?model=")]
    private static partial Regex PredictPath();
}
