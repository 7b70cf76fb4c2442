using System.Diagnostics;

namespace Benchmarks.Prometheus;

// `dotnet Benchmarks.dll exporter-cpu-time [scrapes]`: the same scrape as PrometheusScrapeBenchmarks, timed by
// the process's CPU time (the exporter works on server threads, not the caller's) and by wall time to the last
// byte, so the figure stays meaningful on a shared, oversubscribed machine.
public static class ScrapeCpuTime
{
    public static async Task RunAsync(int scrapes)
    {
        await using var target = await ScrapeTarget.StartAsync();
        foreach (var (format, accept) in new[] { ("text", ScrapeTarget.TextAccept), ("openmetrics", ScrapeTarget.OpenMetricsAccept) })
        {
            byte[] body = [];
            for (var i = 0; i < 20; i++) body = await target.ScrapeAsync(accept);
            var lines = body.Count(b => b == (byte)'\n');

            var cpuBefore = Environment.CpuUsage.TotalTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < scrapes; i++) await target.ScrapeLengthAsync(accept);
            wall.Stop();
            var cpuMs = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / scrapes;
            var wallMs = wall.Elapsed.TotalMilliseconds / scrapes;
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)scrapes;

            Console.WriteLine(
                $"{format,-12} lines {lines,6}  body {body.Length,9} B  wall {wallMs:F2} ms ({wallMs * 1e6 / lines:F0} ns/line)  " +
                $"cpu {cpuMs:F2} ms ({cpuMs * 1e6 / lines:F0} ns/line)  allocated {allocated:F0} B/scrape (process-wide)");
        }
    }
}
