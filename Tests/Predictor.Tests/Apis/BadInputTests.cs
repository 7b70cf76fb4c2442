using System.Net;
using Predictor.Tests.Support;
using TestSupport;

namespace Predictor.Tests.Apis;

public sealed class BadInputTests(PredictorFactory factory) : IClassFixture<PredictorFactory>
{
    // Each row twice over, with different bad values of the same kind: label values must come from
    // bounded sets, so the second round may not add a single series.
    public static TheoryData<string, string, string, HttpStatusCode> Rows() => new()
    {
        { "GET", "/predict/NOPEA", "/predict/NOPEB", HttpStatusCode.NotFound },
        { "GET", "/predict/AAPL?model=astrology", "/predict/AAPL?model=tarot", HttpStatusCode.BadRequest },
        { "GET", "/predict/NOPEA?model=astrology", "/predict/NOPEB?model=tarot", HttpStatusCode.BadRequest },
        { "GET", "/predict/AAPL?model=" + new string('x', 4000), "/predict/AAPL?model=" + new string('y', 5000), HttpStatusCode.BadRequest },
        { "GET", "/predict/" + new string('A', 300), "/predict/" + new string('B', 400), HttpStatusCode.NotFound },
        { "GET", "/predict/A%2FB", "/predict/C%2FD", HttpStatusCode.NotFound },
        { "GET", "/predict/A..B", "/predict/C..D", HttpStatusCode.NotFound },
        { "DELETE", "/predict/AAPL", "/predict/MSFT", HttpStatusCode.MethodNotAllowed },
        { "POST", "/tickers", "/tickers", HttpStatusCode.MethodNotAllowed },
        { "GET", "/nothing-here", "/nothing-else", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task BadInputIsAProblemWithTheRightStatus(string method, string first, string second, HttpStatusCode status)
    {
        foreach (var url in new[] { first, second })
        {
            using var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task BadInputCreatesNoSeries()
    {
        var rows = Rows().Select(row => ((string)row[0], (string)row[1], (string)row[2])).ToList();
        foreach (var (method, url, _) in rows) await SendAsync(method, url);
        // A scrape is itself a request, recorded once it completes: settle that series first.
        await factory.MetricsAsync();
        var before = await factory.MetricsAsync();

        foreach (var (method, _, url) in rows) await SendAsync(method, url);
        var after = await factory.MetricsAsync();

        Assert.Empty(after.SeriesAddedSince(before, PrometheusText.EnvironmentalPrefixes));
        Assert.DoesNotContain(after.Samples, s => s.Labels.Values.Any(v => v.Contains("NOPE") || v.Contains("astrology")));
        Assert.Null(after.Value("predictions_total"));
    }

    private async Task SendAsync(string method, string url)
    {
        using var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.False((int)response.StatusCode >= 500, $"{method} {url} -> {(int)response.StatusCode}");
    }
}
