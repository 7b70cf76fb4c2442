using System.Diagnostics;
using System.Net;
using Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Trace;
using TestSupport;

namespace Api.Tests.Tracing;

// One GET /predict/{ticker} is one trace across both services: api server span → Redis GET span and HTTP client
// span → predictor server span → prediction span (→ Redis SETEX span back in the api), and the Predictor's log line
// carries that trace's ids. Spans and logs are captured with OpenTelemetry's in-memory exporter in each service.
public sealed class PredictTraceTests : IAsyncLifetime
{
    private readonly List<Activity> _apiSpans = [];
    private readonly List<Activity> _predictorSpans = [];
    private readonly List<LogRecord> _predictorLogs = [];
    private readonly ServicesFixture _services;

    public PredictTraceTests()
    {
        _services = new ServicesFixture(
            configureApi: api => api.ConfigureTestServices(s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(_apiSpans))),
            configurePredictor: predictor =>
            {
                predictor.UseSetting("Logging:LogLevel:Predictor", "Debug");
                predictor.ConfigureTestServices(s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(_predictorSpans)));
                predictor.ConfigureLogging(logging => logging.AddOpenTelemetry(o => o.AddInMemoryExporter(_predictorLogs)));
            });
    }

    [Fact]
    public async Task OnePredictionIsOneTraceFromApiThroughRedisToThePredictionSpan()
    {
        using var response = await _services.Client.GetAsync("/predict/NVDA?model=earnings");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Every provider in the process sees every source it subscribes to; collect by span id once.
        List<Activity> Spans()
        {
            lock (_apiSpans) lock (_predictorSpans)
                return _apiSpans.Concat(_predictorSpans).DistinctBy(a => a.SpanId).ToList();
        }
        Activity Find(List<Activity> spans, Func<Activity, bool> match, string what) =>
            spans.SingleOrDefault(match) ?? throw new Xunit.Sdk.XunitException($"no {what} among: " +
                string.Join(", ", spans.Select(s => $"{s.Source.Name}/{s.DisplayName}/{s.Kind}")));

        // Spans reach the exporter as they end, some (the server spans) after the client already has the response.
        var spans = await Eventually.ValueAsync(() => Task.FromResult(Spans()),
            s => s.Count(a => a.Source.Name.Contains("Redis", StringComparison.Ordinal)) >= 2, TimeSpan.FromSeconds(30),
            "the Redis GET and SETEX spans to be exported");

        var apiServer = Find(spans, a => a.Kind == ActivityKind.Server && a.Source.Name == "Microsoft.AspNetCore"
            && a.GetTagItem("http.route") as string == "/predict/{ticker}" && a.Parent is null && a.ParentSpanId == default, "api server span");
        var traceId = apiServer.TraceId;
        Assert.All(spans.Where(s => s.TraceId == traceId), s => Assert.Equal(traceId, s.TraceId));

        var redis = spans.Where(a => a.Source.Name.Contains("Redis", StringComparison.Ordinal) && a.TraceId == traceId).ToList();
        Assert.Equal(["GET", "SETEX"], redis.OrderBy(a => a.StartTimeUtc).Select(a => a.DisplayName.ToUpperInvariant()));
        Assert.All(redis, r => Assert.Equal(apiServer.SpanId, r.ParentSpanId));

        var client = Find(spans, a => a.Kind == ActivityKind.Client && a.Source.Name == "System.Net.Http" && a.TraceId == traceId, "http client span");
        Assert.Equal(apiServer.SpanId, client.ParentSpanId);
        Assert.True(redis[0].StartTimeUtc <= client.StartTimeUtc, "the cache is asked before the Predictor");

        var predictorServer = Find(spans, a => a.Kind == ActivityKind.Server && a.TraceId == traceId
            && a.GetTagItem("http.route") as string == "/predict/{ticker}" && a.SpanId != apiServer.SpanId, "predictor server span");
        Assert.Equal(client.SpanId, predictorServer.ParentSpanId);

        var prediction = Find(spans, a => a.Source.Name == "Predictor.Predictions" && a.TraceId == traceId, "prediction span");
        Assert.Equal(predictorServer.SpanId, prediction.ParentSpanId);
        Assert.Equal("predict", prediction.DisplayName);
        Assert.Equal("NVDA", prediction.GetTagItem("predictor.ticker"));
        Assert.Equal("earnings", prediction.GetTagItem("predictor.model"));

        LogRecord log;
        lock (_predictorLogs) log = Assert.Single(_predictorLogs, l => l.FormattedMessage?.StartsWith("Predicted NVDA", StringComparison.Ordinal) == true);
        Assert.Equal(traceId, log.TraceId);
        Assert.Equal(prediction.SpanId, log.SpanId);
        Assert.Contains("earnings", log.FormattedMessage);
    }

    public Task InitializeAsync() => _services.InitializeAsync();

    public Task DisposeAsync() => _services.DisposeAsync();
}
