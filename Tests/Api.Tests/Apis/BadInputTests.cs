using System.Net;
using System.Text;
using Api.Tests.Support;
using TestSupport;

namespace Api.Tests.Apis;

public sealed class BadInputTests : IAsyncLifetime
{
    private const string Multipart = "multipart/form-data; boundary=XyZ";

    private readonly ServicesFixture _services = new();

    // Each row has two bad values of the same kind: label values must come from bounded sets, so a
    // second round with different values may not add a single series.
    public static TheoryData<string, string, string, string?, string?, HttpStatusCode> Rows() => new()
    {
        { "GET", "/predict/NOPEA", "/predict/NOPEB", null, null, HttpStatusCode.NotFound },
        { "GET", "/predict/AAPL?model=astrology", "/predict/AAPL?model=tarot", null, null, HttpStatusCode.BadRequest },
        { "GET", "/predict/AAPL?model=" + new string('x', 4000), "/predict/AAPL?model=" + new string('y', 6000), null, null, HttpStatusCode.BadRequest },
        { "GET", "/predict/A%2FB", "/predict/C%2FD", null, null, HttpStatusCode.BadRequest },
        { "GET", "/predict/..%2F..%2Fetc", "/predict/..%2Fx", null, null, HttpStatusCode.BadRequest },
        { "GET", "/predict/.hidden", "/predict/-dash", null, null, HttpStatusCode.BadRequest },
        { "GET", "/predict/ABCDEFGHIJK", "/predict/ABCDEFGHIJKLMNOP", null, null, HttpStatusCode.BadRequest },
        { "GET", "/predict/A%20B", "/predict/%C3%A9", null, null, HttpStatusCode.BadRequest },
        { "GET", "/work?ms=-5", "/work?ms=-7", null, null, HttpStatusCode.BadRequest },
        { "GET", "/work?ms=99999999999", "/work?ms=10001", null, null, HttpStatusCode.BadRequest },
        { "GET", "/work?ms=abc", "/work?ms=xyz", null, null, HttpStatusCode.BadRequest },
        { "GET", "/work?ms=1.5", "/work?ms=1e3", null, null, HttpStatusCode.BadRequest },
        { "GET", "/work", "/work?ms=", null, null, HttpStatusCode.BadRequest },
        { "GET", "/work?ms=" + new string('9', 5000), "/work?ms=" + new string('8', 7000), null, null, HttpStatusCode.BadRequest },
        { "GET", "/do_task?seconds=31", "/do_task?seconds=-1", null, null, HttpStatusCode.BadRequest },
        { "DELETE", "/predict/AAPL", "/predict/MSFT", null, null, HttpStatusCode.MethodNotAllowed },
        { "POST", "/work?ms=1", "/work?ms=2", null, null, HttpStatusCode.MethodNotAllowed },
        { "GET", "/upload", "/upload?x=1", null, null, HttpStatusCode.MethodNotAllowed },
        { "GET", "/no-such-page", "/another/missing", null, null, HttpStatusCode.NotFound },
        { "POST", "/upload", "/upload?empty", Multipart, "", HttpStatusCode.BadRequest },
        { "POST", "/upload", "/upload?garbage", Multipart, "this is not multipart", HttpStatusCode.BadRequest },
        { "POST", "/upload", "/upload?truncated", Multipart, "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc", HttpStatusCode.BadRequest },
        { "POST", "/upload", "/upload?nofile", Multipart, "--XyZ\r\nContent-Disposition: form-data; name=\"field\"\r\n\r\nvalue\r\n--XyZ--\r\n", HttpStatusCode.BadRequest },
        { "POST", "/upload", "/upload?noboundary", "multipart/form-data", "--XyZ--\r\n", HttpStatusCode.BadRequest },
        { "POST", "/upload", "/upload?text", "text/plain", "hello", HttpStatusCode.UnsupportedMediaType },
        { "POST", "/upload", "/upload?badheader", "multipart/form-data; boundary=\"", "x", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task BadInputIsAProblemWithTheRightStatus(string method, string first, string second, string? contentType, string? body, HttpStatusCode status)
    {
        foreach (var url in new[] { first, second })
        {
            using var response = await SendAsync(method, url, contentType, body);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task BadInputCreatesNoSeries()
    {
        var rows = Rows().Select(r => ((string)r[0], (string)r[1], (string)r[2], (string?)r[3], (string?)r[4])).ToList();
        foreach (var (method, url, _, contentType, body) in rows) (await SendAsync(method, url, contentType, body)).Dispose();
        // Scraping the Predictor is itself an HttpClient call, recorded by the process-wide System.Net.Http meter.
        await _services.Predictor.MetricsAsync();
        await _services.Api.MetricsAsync();
        var apiBefore = await _services.Api.MetricsAsync();
        var predictorBefore = await _services.Predictor.MetricsAsync();

        foreach (var (method, _, url, contentType, body) in rows) (await SendAsync(method, url, contentType, body)).Dispose();
        var apiAfter = await _services.Api.MetricsAsync();
        var predictorAfter = await _services.Predictor.MetricsAsync();

        Assert.Empty(apiAfter.SeriesAddedSince(apiBefore, PrometheusText.EnvironmentalPrefixes));
        Assert.Empty(predictorAfter.SeriesAddedSince(predictorBefore, PrometheusText.EnvironmentalPrefixes));
        foreach (var text in new[] { apiAfter, predictorAfter })
            Assert.DoesNotContain(text.Samples, s => s.Labels.Values.Any(v => v.Contains("NOPE") || v.Contains("astrology") || v.Contains("%2F")));
        Assert.Null(predictorAfter.Value("predictions_total"));
        Assert.Equal(0, apiAfter.Value("file_upload_size_bytes_count") ?? 0);
    }

    private Task<HttpResponseMessage> SendAsync(string method, string url, string? contentType, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        return _services.Client.SendAsync(request);
    }

    public Task InitializeAsync() => _services.InitializeAsync();

    public Task DisposeAsync() => _services.DisposeAsync();
}
