using System.Diagnostics;

namespace Benchmarks.Handlers;

// `dotnet Benchmarks.dll pipeline-cpu-time CONFIGURATION [requests]`: GET / through the in-process pipeline of one
// PipelineConfiguration, 32 requests in flight, timed by the process's CPU time per request (server and TestServer
// client together, the same client work in every configuration) and allocated bytes per request. CPU time holds up
// on a shared, oversubscribed machine where wall time does not; one configuration per process, because
// ActivitySource and Meter listeners are process-wide and would see every host's requests.
public static class PipelineCpuTime
{
    private const int InFlight = 32;

    public static async Task RunAsync(PipelineConfiguration configuration, int requests)
    {
        await using var host = await PipelineHost.StartAsync(configuration);
        await LoadAsync(host, Math.Max(20_000, requests / 5));

        var cpuBefore = Environment.CpuUsage.TotalTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        await LoadAsync(host, requests);
        wall.Stop();
        var cpuUs = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMicroseconds / requests;
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)requests;
        Console.WriteLine(
            $"{configuration,-22} requests {requests,8}  cpu {cpuUs,6:F1} us/request  allocated {allocated,7:F0} B/request  " +
            $"wall {requests / wall.Elapsed.TotalSeconds,8:F0} req/s  load1 {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    }

    private static async Task LoadAsync(PipelineHost host, int requests)
    {
        var remaining = requests;
        await Task.WhenAll(Enumerable.Range(0, InFlight).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0) await host.GetRootAsync();
        }));
    }
}
