using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Reliability.Tests.Support;

namespace Reliability.Tests.BadInput;

// A generated corpus of malformed requests against the api and a predictor replica over raw sockets.
// No answer may be a 5xx; every 4xx the app produced is problem+json; Kestrel's own rejections before
// the app (400/413/414/431 with an empty body and Connection: close) are counted apart. No cardinality
// from input: a second corpus of the same shape with new values brings no new label value (it may pair
// known ones anew: a method, route and status code each seen before), and no label value anywhere
// contains a generated token. (Recording rules and ALERTS are
// Prometheus' series, not the services'; the memory pool's eviction and the exception-type counters are driven by time and
// by runtime events, not by input values; their counts are reported, not compared.)
[Collection(ReliabilityCollection.Name)]
public sealed class MalformedRequestTests(ReliabilitySystem system)
{
    private const int Workers = 16;
    private const int ShapeSeed = 1201;
    private const long OversizedBytes = 11L * 1024 * 1024;
    private static readonly int[] KestrelRejections = [400, 413, 414, 431];

    [Fact]
    public async Task MalformedRequestsGetNo5xxOnlyProblemJsonAndCreateNoSeries()
    {
        var predictor = new Uri($"http://{ScrapeAddress.Of((await system.PredictorReplicasAsync())[0].Snapshot)}");
        // The second corpus repeats the first one's shapes (same shape seed, a prefix of it) with new values.
        var perPass = Scale.MalformedRequests * 2 / 3;

        var firstCorpus = new MalformedRequestCorpus(ShapeSeed, valueSeed: 1, OversizedBytes);
        var first = await RunAsync(firstCorpus.Generate(perPass), predictor);
        var seriesAfterFirst = await SeriesPerMetricAsync();
        var labelsAfterFirst = await SeriesAsync();
        var secondCorpus = new MalformedRequestCorpus(ShapeSeed, valueSeed: 2, OversizedBytes);
        var second = await RunAsync(secondCorpus.Generate(Scale.MalformedRequests - perPass), predictor);
        var seriesAfterSecond = await SeriesPerMetricAsync();
        var labelsAfterSecond = await SeriesAsync();
        var leaked = await LabelValuesContainingAsync(firstCorpus.Tokens.Concat(secondCorpus.Tokens).ToHashSet(StringComparer.Ordinal));

        var all = first.Concat(second).ToList();
        var serverErrors = all.Where(r => r.Response?.Status >= 500).ToList();
        var notProblem = all.Where(r => r.Response is { Status: >= 400 and < 500 } response && !IsProblem(response) && !IsKestrelRejection(response)).ToList();
        var unanswered = all.Where(r => r.Response is null && r.Request.Delivery is not (Delivery.Abandoned or Delivery.Truncated or Delivery.Slow)).ToList();
        Assert.True(serverErrors.Count == 0, $"{serverErrors.Count} 5xx, e.g. {serverErrors.FirstOrDefault()}");
        Assert.True(notProblem.Count == 0, $"{notProblem.Count} 4xx without problem+json, e.g. {notProblem.FirstOrDefault()}");
        Assert.True(unanswered.Count == 0, $"{unanswered.Count} complete requests got no answer, e.g. {unanswered.FirstOrDefault()}");
        Assert.True(leaked.Count == 0, "label values from input: " + string.Join("; ", leaked.Take(5)));
        // A new series may only combine label values that existed before (a method, route and status
        // code seen already, in a pairing not seen yet): input never brings a new label value.
        var knownValues = labelsAfterFirst.SelectMany(s => s).ToHashSet();
        var requestDriven = labelsAfterSecond.Where(s => !RuntimeDriven("/" + s.Single(l => l.Key == "__name__").Value)).ToList();
        var newSeries = requestDriven.Select(Key).Except(labelsAfterFirst.Select(Key), StringComparer.Ordinal).ToList();
        var newValues = requestDriven.SelectMany(s => s).Where(l => l.Key is not ("__name__" or "instance") && !FrameworkEnumerations.Contains(l.Key) && !knownValues.Contains(l))
            .Select(l => $"{l.Key}={l.Value}").Distinct().ToList();
        Assert.True(newValues.Count == 0, "new label values after the second corpus: " + string.Join("; ", newValues.Take(10)));
        await AssertStillAnsweringAsync();

        var byStatus = all.GroupBy(r => r.Response?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "closed")
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}");
        Figures.Record("Bad input",
            $"{all.Count} generated malformed requests (shape seed {ShapeSeed}, value seeds 1 and 2): 0 5xx, {all.Count(r => r.Response is { } x && IsProblem(x))} problem+json, " +
            $"{all.Count(r => r.Response is { } x && IsKestrelRejection(x))} Kestrel rejections before the app, statuses {string.Join(" ", byStatus)}; " +
            $"the second corpus brought 0 new label values and {newSeries.Count} new pairings of known ones ({seriesAfterSecond.Where(m => !RuntimeDriven(m.Key)).Sum(m => m.Value)} series " +
            $"in {seriesAfterSecond.Count(m => !RuntimeDriven(m.Key))} metrics; runtime-driven {string.Join(", ", seriesAfterSecond.Where(m => RuntimeDriven(m.Key)).Select(m => $"{m.Key} {seriesAfterFirst.GetValueOrDefault(m.Key)}->{m.Value}"))}), " +
            $"0 label values containing any of {firstCorpus.Tokens.Count + secondCorpus.Tokens.Count} generated tokens");
    }

    private sealed record Result(MalformedRequest Request, RawResponse? Response);

    private async Task<List<Result>> RunAsync(IEnumerable<MalformedRequest> corpus, Uri predictor)
    {
        var results = new ConcurrentBag<Result>();
        var api = system.ApiAddress;
        await Parallel.ForEachAsync(corpus.Select((request, i) => (request, i)), new ParallelOptions { MaxDegreeOfParallelism = Workers }, async (item, _) =>
        {
            var target = item.request.ToPredictor ? predictor : api;
            var response = await RawHttp.SendAsync(target.Host, target.Port, item.request.Bytes, item.request.Delivery, new Random(item.i));
            results.Add(new Result(item.request, response));
        });
        return [.. results];
    }

    private static bool IsProblem(RawResponse response) =>
        response.Header("content-type")?.StartsWith("application/problem+json", StringComparison.Ordinal) == true;

    private static bool IsKestrelRejection(RawResponse response) =>
        KestrelRejections.Contains(response.Status) && response.Header("content-type") is null
        && response.Header("content-length") == "0" && response.Header("connection")?.Contains("close", StringComparison.OrdinalIgnoreCase) == true;

    // Series per metric name for the services' jobs, once two reads a few scrapes apart agree (the
    // last requests of a pass reach Prometheus with the next scrape of each target).
    private async Task<Dictionary<string, int>> SeriesPerMetricAsync()
    {
        Dictionary<string, int>? previous = null;
        return await TestSupport.Eventually.ValueAsync(async () =>
        {
            var series = await system.Prometheus.VectorAsync("count by (__name__, job) ({job=~\"api|predictor\"})");
            var current = series.Where(s => !s.Labels["__name__"].Contains(':', StringComparison.Ordinal) && !s.Labels["__name__"].StartsWith("ALERTS", StringComparison.Ordinal))
                .ToDictionary(s => $"{s.Labels["job"]}/{s.Labels["__name__"]}", s => (int)s.Value);
            var stable = previous is not null && previous.Count == current.Count && previous.All(p => current.GetValueOrDefault(p.Key) == p.Value);
            previous = current;
            if (!stable) await Task.Delay(TimeSpan.FromSeconds(2.5));
            return (stable, current);
        }, r => r.stable, TimeSpan.FromSeconds(60), "series counts stable across scrapes").ContinueWith(t => t.Result.current);
    }

    // Labels whose values are a fixed enumeration of the framework, not of input: an HTTP status code or a
    // Kestrel connection-end reason may be seen for the first time in the second corpus.
    private static readonly HashSet<string> FrameworkEnumerations = ["http_response_status_code", "error_type"];

    private static string Key(IReadOnlyList<KeyValuePair<string, string>> series) =>
        string.Join(",", series.Where(l => l.Key != "instance").Select(l => $"{l.Key}={l.Value}"));

    // Every series of the services' jobs as its sorted labels (minus Prometheus' own series).
    private async Task<List<IReadOnlyList<KeyValuePair<string, string>>>> SeriesAsync()
    {
        var series = await system.Prometheus.Http.GetFromJsonAsync<JsonElement>("api/v1/series?match[]=" + Uri.EscapeDataString("{job=~\"api|predictor\"}"));
        return [.. series.GetProperty("data").EnumerateArray()
            .Select(s => (IReadOnlyList<KeyValuePair<string, string>>)[.. s.EnumerateObject().Select(l => KeyValuePair.Create(l.Name, l.Value.GetString() ?? "")).OrderBy(l => l.Key, StringComparer.Ordinal)])
            .Where(s => s.Single(l => l.Key == "__name__").Value is var name && !name.Contains(':', StringComparison.Ordinal) && !name.StartsWith("ALERTS", StringComparison.Ordinal))];
    }

    private static bool RuntimeDriven(string key) =>
        key.Contains("/aspnetcore_memory_pool_", StringComparison.Ordinal) || key.Contains("/dotnet_exceptions", StringComparison.Ordinal);

    private async Task<List<string>> LabelValuesContainingAsync(IReadOnlySet<string> tokens)
    {
        var series = await system.Prometheus.Http.GetFromJsonAsync<JsonElement>("api/v1/series?match[]=" + Uri.EscapeDataString("{job=~\"api|predictor\"}"));
        return [.. series.GetProperty("data").EnumerateArray()
            .SelectMany(s => s.EnumerateObject().Select(l => $"{l.Name}={l.Value.GetString()}"))
            .Distinct(StringComparer.Ordinal)
            .Where(label => tokens.Any(t => label.Contains(t, StringComparison.Ordinal)))];
    }

    private async Task AssertStillAnsweringAsync()
    {
        using var response = await system.Api.GetAsync("/predict/AAPL?model=normal");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
