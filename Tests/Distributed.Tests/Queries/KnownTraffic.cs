using System.Net;
using System.Net.Http.Headers;
using TestSupport;

namespace Distributed.Tests.Queries;

// Traffic whose effect on the metrics is known exactly: predictions for a ticker only this traffic
// asks for (sent straight to one predictor replica), and /predict calls through the api for known
// tickers, each of which is one cache get. The rest (/, /work, /do_task, /upload, an unknown ticker,
// an unknown route) gives every dashboard panel something to show.
public sealed class KnownTraffic
{
    public const string DirectTicker = "TSLA";
    public const string Model = "normal";
    public const int DirectPredictionsPerRound = 4;

    // Every /predict for a known ticker through the api is one cache get: a hit, a miss, or (while the
    // Redis connection is still being made) an error. An unknown ticker counts as none of them.
    public const string CacheGetsQuery =
        "sum(cache_misses_total) + (sum(cache_hits_total) or vector(0)) + (sum(cache_errors_total{operation=\"get\"}) or vector(0))";

    public int ApiPredictRequests { get; private set; }
    public int DirectPredictions { get; private set; }

    // Until the api's Redis connection is up, cache gets fail (and count as errors); a series that
    // first appears in the last round would show no rate. So: ask until an answer comes from the cache.
    public async Task WarmUpCacheAsync(DistributedApplication app)
    {
        using var api = app.CreateHttpClient("api");
        await Eventually.TrueAsync(async () =>
        {
            using var response = await api.GetAsync("/predict/AAPL?model=normal");
            if (response.IsSuccessStatusCode) ApiPredictRequests++;
            return response.Headers.TryGetValues("X-Cache", out var cache) && cache.Contains("hit");
        }, TimeSpan.FromSeconds(30), "an api answer from the Redis cache");
    }

    // One round of everything. Rates need a counter to grow between two scrapes (a series' first
    // sample counts as its start), so the fixture sends a round, waits for a scrape, and sends another.
    public async Task SendRoundAsync(DistributedApplication app)
    {
        using var predictor = app.CreateHttpClient("predictor");
        for (var i = 0; i < DirectPredictionsPerRound; i++)
        {
            await Expect(predictor.GetAsync($"/predict/{DirectTicker}?model={Model}"), HttpStatusCode.OK);
            DirectPredictions++;
        }

        using var api = app.CreateHttpClient("api");
        foreach (var (path, status) in new[]
                 {
                     ("/predict/AAPL?model=normal", HttpStatusCode.OK), ("/predict/AAPL?model=normal", HttpStatusCode.OK),
                     ("/predict/MSFT?model=earnings", HttpStatusCode.OK), ("/predict/NOPEX?model=normal", HttpStatusCode.NotFound),
                 })
        {
            await Expect(api.GetAsync(path), status);
            if (status == HttpStatusCode.OK) ApiPredictRequests++;
        }
        await Expect(api.GetAsync("/"), HttpStatusCode.OK);
        await Expect(api.GetAsync("/work?ms=5"), HttpStatusCode.OK);
        await Expect(api.GetAsync("/do_task?seconds=0"), HttpStatusCode.OK);
        await Expect(api.GetAsync("/no-such-route"), HttpStatusCode.NotFound);
        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(new byte[4096]) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", "zeros.bin" },
        };
        await Expect(api.PostAsync("/upload", upload), HttpStatusCode.OK);
    }

    private static async Task Expect(Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        using var response = await call;
        Assert.True(response.StatusCode == status,
            $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
