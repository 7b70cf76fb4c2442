using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using TestSupport;

namespace Traffic.Tests;

// The generator against a real HTTP server on loopback that records every request it gets and answers by
// route (some 5xx among them): traffic_requests_total must count exactly the requests the server saw, by
// route and status class. A retry anywhere would make the server see more than was counted.
public sealed class TrafficGeneratorTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string Route, string StatusClass)> _received = new();
    private readonly ConcurrentQueue<(string Route, string Intent, string StatusClass)> _counted = new();
    private readonly MeterListener _listener = new();
    private WebApplication _api = null!;
    private WebApplicationFactory<Program> _traffic = null!;

    [Fact]
    public async Task TrafficRequestsTotalCountsExactlyWhatTheApiReceivedByRouteAndStatusClass()
    {
        _ = _traffic.Server; // starts the host, and with it the generator

        var (received, counted) = await Eventually.ValueAsync(() => Task.FromResult((Group(_received), Group(_counted.Select(c => (c.Route, c.StatusClass))))),
            s => s.Item1.Values.Sum() >= 60 && s.Item1.Count == s.Item2.Count && s.Item1.All(kv => s.Item2.GetValueOrDefault(kv.Key) == kv.Value),
            TimeSpan.FromSeconds(30), "the counted requests to equal the received ones");

        Assert.Equal(received, counted);
        Assert.Contains(("/work", "5xx"), counted.Keys);
        Assert.All(_counted.Where(c => c.Route == "/predict/{ticker}" && c.StatusClass == "4xx"), c => Assert.NotEqual(Intents.Valid, c.Intent));
    }

    // The stand-in api: /work fails with 503 (so a retry would show), unknown tickers and bad input get 4xx.
    private static int Answer(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        if (path == "/work") return StatusCodes.Status503ServiceUnavailable;
        if (path.StartsWith("/predict/", StringComparison.Ordinal))
            return TrafficMix.UnknownTickers.Any(t => path.EndsWith(t, StringComparison.Ordinal)) ? 404
                : request.Query["model"] is var model && (model == "normal" || model == "earnings") && !path.Contains('$') ? 200 : 400;
        return 200;
    }

    private static string RouteOf(string path) => path switch
    {
        _ when path.StartsWith("/predict/", StringComparison.Ordinal) => Routes.Predict,
        _ => path,
    };

    private static Dictionary<(string, string), int> Group(IEnumerable<(string Route, string StatusClass)> items) =>
        items.GroupBy(i => (i.Route, i.StatusClass)).ToDictionary(g => g.Key, g => g.Count());

    public async Task InitializeAsync()
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        _api = builder.Build();
        _api.Run(async context =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            var status = Answer(context.Request);
            _received.Enqueue((RouteOf(context.Request.Path.Value ?? ""), $"{status / 100}xx"));
            context.Response.StatusCode = status;
        });
        await _api.StartAsync();

        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TrafficMetrics.MeterName && instrument.Name == "traffic_requests") listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var labels = tags.ToArray().ToDictionary(t => t.Key, t => t.Value as string ?? "");
            _counted.Enqueue((labels["route"], labels["intent"], labels["status_class"]));
        });
        _listener.Start();

        _traffic = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("services:api:http:0", url)
            .UseSetting("Traffic:RatePerSecond", "50")
            .UseSetting("Traffic:Seed", "15"));
    }

    public async Task DisposeAsync()
    {
        await _traffic.DisposeAsync();
        _listener.Dispose();
        await _api.DisposeAsync();
    }
}
