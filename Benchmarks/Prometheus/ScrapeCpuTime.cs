using System.Runtime.InteropServices;
using ServiceDefaults.Prometheus;

namespace Benchmarks.Prometheus;

// `dotnet Benchmarks.dll exporter-cpu-time [scrapes]`: the same scrape as PrometheusSerializationBenchmarks, timed
// by the scraping thread's own CPU time (getrusage RUSAGE_THREAD) instead of wall time, so the figure stays
// meaningful on a shared, oversubscribed machine where BenchmarkDotNet's wall-clock means are mostly noise.
public static partial class ScrapeCpuTime
{
    public static void Run(int scrapes)
    {
        foreach (var format in new[] { ExpositionFormat.PrometheusText, ExpositionFormat.OpenMetrics })
        {
            var benchmark = new PrometheusSerializationBenchmarks { Format = format };
            benchmark.Populate();
            for (var i = 0; i < 300; i++) benchmark.Scrape();

            var sdkOnly = Measure(scrapes, () => benchmark.SdkCollectOnly());
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var scrape = Measure(scrapes, () => benchmark.Scrape());
            var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)scrapes;
            benchmark.Cleanup();

            Console.WriteLine(
                $"{format,-15} lines {benchmark.Lines,6}  scrape {scrape / 1000:F2} ms CPU ({scrape * 1000 / benchmark.Lines:F1} ns/line)  " +
                $"sdk collect alone {sdkOnly / 1000:F2} ms  serialisation {(scrape - sdkOnly) * 1000 / benchmark.Lines:F1} ns/line  " +
                $"allocated {allocated:F0} B/scrape");
        }
    }

    // Mean thread CPU microseconds per call.
    private static double Measure(int calls, Action action)
    {
        var start = ThreadCpuMicroseconds();
        for (var i = 0; i < calls; i++) action();
        return (ThreadCpuMicroseconds() - start) / (double)calls;
    }

    private static long ThreadCpuMicroseconds()
    {
        const int rusageThread = 1;
        if (GetRusage(rusageThread, out var usage) != 0) throw new InvalidOperationException("getrusage failed");
        return (usage.UserSeconds + usage.SystemSeconds) * 1_000_000 + usage.UserMicroseconds + usage.SystemMicroseconds;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out RUsage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        private unsafe fixed long _rest[14];
    }
}
