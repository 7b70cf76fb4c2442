using Microsoft.Extensions.Options;
using Predictor.Model;

namespace Predictor.Tests.Model;

public class TickerCatalogTests
{
    [Fact]
    public void TheDefaultAllowlistHasTenSymbols()
    {
        var catalog = new TickerCatalog(Options.Create(new PredictorOptions()));
        Assert.Equal(["AAPL", "MSFT", "GOOGL", "AMZN", "META", "NVDA", "TSLA", "JPM", "V", "NFLX"], catalog.Symbols);
    }

    [Fact]
    public void ConfiguredTickersReplaceTheDefaultsAndAreUpperCased()
    {
        var catalog = new TickerCatalog(Options.Create(new PredictorOptions { Tickers = ["ibm", " Sap ", "ibm"] }));
        Assert.Equal(["IBM", "SAP"], catalog.Symbols);
        Assert.True(catalog.TryGet("iBm", out var profile));
        Assert.Equal("IBM", profile.Symbol);
        Assert.False(catalog.TryGet("AAPL", out _));
    }

    [Fact]
    public void EachSymbolHasItsOwnStableProfile()
    {
        Assert.Equal(TickerProfile.For("AAPL"), TickerProfile.For("AAPL"));
        Assert.NotEqual(TickerProfile.For("AAPL").Seed, TickerProfile.For("MSFT").Seed);
        var profile = TickerProfile.For("NVDA");
        Assert.InRange(profile.StartPrice, 20, 500);
        Assert.InRange(profile.AnnualVolatility, 0.15, 0.6);
    }
}
