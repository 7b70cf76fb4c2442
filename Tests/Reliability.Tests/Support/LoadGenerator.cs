using System.Collections.Concurrent;
using System.Diagnostics;

namespace Reliability.Tests.Support;

public sealed record LoadOutcome(string Path, int Status, TimeSpan Latency, string? Error, DateTime At, string? ContentType, string? CacheHeader)
{
    public bool Failed => Error is not null || Status >= 500;
}

// A small closed-loop load generator: `clients` concurrent loops, each sending the next request of a
// known mix and recording status, latency and any transport error. A request counts as failed on a
// 5xx or when no answer arrives within the per-request timeout.
public sealed class LoadGenerator(Uri baseAddress, int clients, TimeSpan requestTimeout)
{
    public ConcurrentQueue<LoadOutcome> Outcomes { get; } = new();

    public static Func<long, string> MixedTraffic(IReadOnlyList<string> tickers) => n => (n % 10) switch
    {
        0 => "/",
        1 => "/work?ms=2",
        2 => "/metrics",
        _ => $"/predict/{tickers[(int)(n / 10 % tickers.Count)]}?model={(n % 2 == 0 ? "normal" : "earnings")}",
    };

    // Sends exactly `total` requests (request n is path(n)).
    public Task RunCountAsync(long total, Func<long, string> path) => RunAsync(path, total, CancellationToken.None);

    // Sends until stopped; with a rate, request n leaves no earlier than n / rate seconds after the start.
    public Task RunUntilAsync(Func<long, string> path, CancellationToken stop, double? requestsPerSecond = null) =>
        RunAsync(path, long.MaxValue, stop, requestsPerSecond);

    private async Task RunAsync(Func<long, string> path, long total, CancellationToken stop, double? requestsPerSecond = null)
    {
        var start = Stopwatch.GetTimestamp();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(1) };
        using var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        long next = -1;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref next);
                if (n >= total) return;
                if (requestsPerSecond is { } rate && TimeSpan.FromSeconds(n / rate) - Stopwatch.GetElapsedTime(start) is { Ticks: > 0 } wait)
                {
                    try { await Task.Delay(wait, stop); }
                    catch (OperationCanceledException) { return; }
                }
                Outcomes.Enqueue(await SendAsync(http, path(n)));
            }
        })));
    }

    private async Task<LoadOutcome> SendAsync(HttpClient http, string path)
    {
        var started = Stopwatch.GetTimestamp();
        var at = DateTime.UtcNow;
        using var timeout = new CancellationTokenSource(requestTimeout);
        try
        {
            using var response = await http.GetAsync(path, timeout.Token);
            await response.Content.LoadIntoBufferAsync(timeout.Token);
            return new LoadOutcome(path, (int)response.StatusCode, Stopwatch.GetElapsedTime(started), null, at,
                response.Content.Headers.ContentType?.MediaType,
                response.Headers.TryGetValues("X-Cache", out var cache) ? cache.Single() : null);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return new LoadOutcome(path, 0, Stopwatch.GetElapsedTime(started), e.GetType().Name + ": " + e.Message, at, null, null);
        }
    }
}
