using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Predictor.Model;
using Predictor.Tests.Support;

namespace Predictor.Tests.Apis;

public sealed class PredictorApiTests(PredictorFactory factory) : IClassFixture<PredictorFactory>
{
    [Fact]
    public async Task TheSameInstantGivesTheSamePredictionEvenFromAnotherHost()
    {
        await using var other = new PredictorFactory();
        var first = await factory.PredictAsync("AAPL", "normal");
        var again = await factory.PredictAsync("AAPL", "normal");
        var elsewhere = await other.PredictAsync("AAPL", "normal");

        Assert.Equal(first, again);
        Assert.Equal(first, elsewhere);
        Assert.Equal(PredictorFactory.Instant, first.GeneratedAt);
    }

    [Fact]
    public async Task ThePriceMovesAsWallClockTimeAdvances()
    {
        await using var later = new PredictorFactory();
        later.Clock.Advance(TimeSpan.FromHours(6));

        var now = await factory.PredictAsync("MSFT");
        var sixHoursOn = await later.PredictAsync("MSFT");

        Assert.NotEqual(now.LastPrice, sixHoursOn.LastPrice);
        Assert.Equal(PredictorFactory.Instant.AddHours(6), sixHoursOn.GeneratedAt);
    }

    [Fact]
    public async Task TickersListsTheTenDefaultSymbolsAndEachOneIsPredicted()
    {
        var list = await factory.CreateClient().GetFromJsonAsync<TickerList>("/tickers", JsonSerializerOptions.Web);

        Assert.Equal(10, list!.Tickers.Count);
        var lastPrices = new HashSet<double>();
        foreach (var ticker in list.Tickers)
        {
            var prediction = await factory.PredictAsync(ticker);
            lastPrices.Add(prediction.LastPrice);
            Assert.Equal(ticker, prediction.Ticker);
            Assert.True(prediction.LastPrice > 0 && prediction.PredictedPrice > 0, $"{ticker}: {prediction}");
            Assert.InRange(prediction.Confidence, 0, 1);
            Assert.Equal(TimeSpan.FromMinutes(30), prediction.Horizon);
        }
        Assert.Equal(10, lastPrices.Count);
    }

    [Fact]
    public async Task TickerMatchingIgnoresCaseAndAnswersInUpperCase()
    {
        var lower = await factory.PredictAsync("aapl", "NORMAL");
        Assert.Equal("AAPL", lower.Ticker);
        Assert.Equal("normal", lower.Model);
        Assert.Equal(await factory.PredictAsync("AAPL", "normal"), lower);
    }

    [Fact]
    public async Task AMissingModelMeansNormal() =>
        Assert.Equal(await factory.PredictAsync("TSLA", "normal"), await factory.PredictAsync("TSLA"));

    [Fact]
    public async Task EarningsIsLessConfidentThanNormalForEveryTicker()
    {
        var list = await factory.CreateClient().GetFromJsonAsync<TickerList>("/tickers", JsonSerializerOptions.Web);
        foreach (var ticker in list!.Tickers)
        {
            var normal = await factory.PredictAsync(ticker, "normal");
            var earnings = await factory.PredictAsync(ticker, "earnings");
            Assert.Equal(normal.LastPrice, earnings.LastPrice);
            Assert.Equal("earnings", earnings.Model);
            Assert.True(earnings.Confidence < normal.Confidence, $"{ticker}: earnings {earnings.Confidence} vs normal {normal.Confidence}");
        }
    }

    [Fact]
    public async Task ServiceInfoNamesThePredictor()
    {
        var info = await factory.CreateClient().GetFromJsonAsync<ServiceInfo>("/", JsonSerializerOptions.Web);
        Assert.Equal("predictor", info!.Service);
    }

    [Fact]
    public async Task ErrorsAreProblemDetails()
    {
        using var response = await factory.CreateClient().GetAsync("/predict/NOPE");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Unknown ticker", problem.GetProperty("title").GetString());
    }
}
