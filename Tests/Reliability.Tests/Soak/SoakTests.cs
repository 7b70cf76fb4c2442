using System.Globalization;
using Reliability.Tests.Support;

namespace Reliability.Tests.Soak;

// Mixed traffic at about half the capacity just measured, for 10 minutes after 2 of warm-up in eng/reliability.sh (a few
// seconds in the normal suite): no errors, Prometheus' `up` never 0, and over a run of minutes each
// service's resident memory stays within 10% of its value after the first minute with open fds flat.
// (A run of seconds is still warming up, so the memory and fd bounds are asserted from 2 minutes on.)
// Flat means no trend, not a constant: connections to the predictor open and close as the pool follows the
// load (idle timeout 1 min) and IHttpClientFactory replaces its handler every 2 min, so the count moves within
// a band of tens, with bursts. A leak climbs: the median count of the last third of the run may not exceed the
// median of the first third by more than FdSlack (medians, so one burst late in the run is not a climb).
[Collection(ReliabilityCollection.Name)]
public sealed class SoakTests(ReliabilitySystem system)
{
    private const int Clients = 32;
    private const double MemoryBound = 0.10;
    private const double FdSlack = 10;
    private static readonly TimeSpan Warmup = Scale.Full ? TimeSpan.FromMinutes(2) : TimeSpan.Zero;

    [Fact]
    public async Task HalfCapacityTrafficRunsWithoutErrorsWithFlatMemoryAndDescriptors()
    {
        var capacity = await MeasureCapacityAsync(Scale.Full ? TimeSpan.FromSeconds(20) : TimeSpan.FromSeconds(3));
        var rate = capacity / 2;
        var duration = Scale.Soak;
        var settle = Scale.Full ? TimeSpan.FromMinutes(1) : duration / 5;
        var interval = Scale.Full ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(1);
        using var stop = new CancellationTokenSource();
        var load = new LoadGenerator(system.ApiAddress, Clients, TimeSpan.FromSeconds(10));
        var tickers = system.Tickers;
        var loadStarted = DateTime.UtcNow;
        var running = load.RunUntilAsync(LoadGenerator.MixedTraffic(tickers), stop.Token, rate);
        // Warm-up at the soak's rate before the clock starts: a replica that an earlier test killed is a new
        // process, still JIT-compiling and growing its pools; in a full run it was 14.9% above its one-minute
        // value at minute 2.5 and flat from then on, while its twin, warm, stayed flat throughout.
        await Task.Delay(Warmup);
        var started = DateTime.UtcNow;
        var samples = new List<SoakSample>();
        while (DateTime.UtcNow - started < duration)
        {
            await Task.Delay(interval);
            samples.Add(new SoakSample(DateTime.UtcNow - started, await PerInstanceAsync("process_resident_memory_bytes"), await PerInstanceAsync("process_open_fds")));
        }
        await stop.CancelAsync();
        await running;
        var window = $"{Math.Ceiling((DateTime.UtcNow - loadStarted).TotalSeconds):0}s";
        var minUp = await system.Prometheus.VectorAsync($"min_over_time(up{{job=~\"api|predictor\"}}[{window}])");

        var outcomes = load.Outcomes.ToList();
        var failed = outcomes.Where(o => o.Failed || o.Status >= 400).ToList();
        var reference = samples.First(s => s.At >= settle);
        var later = samples.Where(s => s.At >= settle).ToList();
        var memoryDrift = reference.ResidentBytes.Keys.ToDictionary(i => i,
            i => later.Where(s => s.ResidentBytes.ContainsKey(i)).Max(s => Math.Abs(s.ResidentBytes[i] / reference.ResidentBytes[i] - 1)));
        var fdRange = reference.OpenFds.Keys.ToDictionary(i => i,
            i => (Min: later.Min(s => s.OpenFds.GetValueOrDefault(i)), Max: later.Max(s => s.OpenFds.GetValueOrDefault(i))));
        var third = Math.Max(1, later.Count / 3);
        var fdGrowth = reference.OpenFds.Keys.ToDictionary(i => i,
            i => Median(later.TakeLast(third).Select(s => s.OpenFds.GetValueOrDefault(i))) - Median(later.Take(third).Select(s => s.OpenFds.GetValueOrDefault(i))));
        // Figures and plot first, so a run that fails still shows its curves.
        if (Environment.GetEnvironmentVariable("RELIABILITY_PLOT") is { Length: > 0 } plot)
            await File.WriteAllTextAsync(plot, SvgPlot.Render(samples, string.Create(CultureInfo.InvariantCulture,
                $"Soak: {outcomes.Count} requests, {failed.Count} failed, at {rate:0} req/s for {duration.TotalMinutes:0.#} min, load average {Figures.LoadAverage()}")));
        Figures.Record("Soak", string.Create(CultureInfo.InvariantCulture,
            $"{duration.TotalMinutes:0.#} min at {rate:0} req/s (half of {capacity:0} measured) after {Warmup.TotalMinutes:0} min of warm-up, {outcomes.Count} requests: {failed.Count} errors; min(up) {string.Join("/", minUp.Select(u => u.Value))} on {minUp.Count} targets; " +
            $"resident memory drift after {settle.TotalSeconds:0} s ≤ {memoryDrift.Values.Max():P1} (") +
            string.Join(", ", reference.ResidentBytes.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Value / 1048576:0} MiB"))) + "); open fds " +
            string.Join(", ", fdRange.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Value.Min:0}–{r.Value.Max:0}"))) +
            "; median of the last third vs the first third " + string.Join(", ", fdGrowth.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Value:+0.#;-0.#;0}"))));
        Assert.True(failed.Count == 0, $"{failed.Count} of {outcomes.Count} failed, e.g. {failed.FirstOrDefault()}");
        Assert.Equal(3, minUp.Count);
        Assert.All(minUp, u => Assert.True(u.Value == 1, $"up was 0 for {u.Labels["instance"]}"));
        if (duration >= TimeSpan.FromMinutes(2))
        {
            Assert.All(memoryDrift, d => Assert.True(d.Value <= MemoryBound, $"{d.Key}: resident memory moved {d.Value:P1} from its value after {settle}"));
            Assert.All(fdGrowth, g => Assert.True(g.Value <= FdSlack,
                $"{g.Key}: open fds climbed by {g.Value} (median of the last third vs the first third; range {fdRange[g.Key].Min}–{fdRange[g.Key].Max})"));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    // Requests per second the system sustains with 32 closed-loop clients of mixed traffic.
    private async Task<double> MeasureCapacityAsync(TimeSpan duration)
    {
        using var stop = new CancellationTokenSource(duration);
        var probe = new LoadGenerator(system.ApiAddress, Clients, TimeSpan.FromSeconds(10));
        await probe.RunUntilAsync(LoadGenerator.MixedTraffic(system.Tickers), stop.Token);
        return probe.Outcomes.Count / duration.TotalSeconds;
    }

    private async Task<Dictionary<string, double>> PerInstanceAsync(string metric) =>
        (await system.Prometheus.VectorAsync($"sum by (instance) ({metric}{{job=~\"api|predictor\"}})"))
            .ToDictionary(s => s.Labels["instance"], s => s.Value);
}
