using Reliability.Tests.Support;
using TestSupport;

namespace Reliability.Tests.Faults;

// Mixed traffic from `clients` concurrent clients that runs while a fault happens: known tickers
// (hits and misses), an unknown ticker (always reaches the predictor, answered 404), /, /work, /metrics.
public sealed class BackgroundLoad : IAsyncDisposable
{
    public const int Clients = 48;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public LoadGenerator Generator { get; }

    public BackgroundLoad(ReliabilitySystem system, int clients = Clients)
    {
        Generator = new LoadGenerator(system.ApiAddress, clients, TimeSpan.FromSeconds(10));
        var tickers = system.Tickers;
        _running = Generator.RunUntilAsync(n => (n % 20) switch
        {
            0 => "/",
            1 => "/work?ms=2",
            2 => "/metrics",
            3 or 4 => $"/predict/NOPE{n % 7}?model=normal",
            _ => $"/predict/{tickers[(int)(n % tickers.Count)]}?model={(n / 20 % 2 == 0 ? "normal" : "earnings")}",
        }, _stop.Token);
    }

    public IReadOnlyList<LoadOutcome> Outcomes => [.. Generator.Outcomes];

    // A request failed when it got a 5xx or no answer; the unknown ticker's 404 is its right answer.
    public static bool Failed(LoadOutcome o) => o.Failed || (o.Status == 404 && !o.Path.StartsWith("/predict/NOPE", StringComparison.Ordinal));

    public Task WarmAsync(int requests = 200) =>
        Eventually.TrueAsync(() => Generator.Outcomes.Count >= requests, TimeSpan.FromSeconds(60), $"{requests} requests of warm-up traffic");

    public async Task<IReadOnlyList<LoadOutcome>> StopAsync()
    {
        await _stop.CancelAsync();
        await _running;
        return Outcomes;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested) await StopAsync();
        _stop.Dispose();
    }
}
