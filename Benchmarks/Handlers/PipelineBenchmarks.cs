using BenchmarkDotNet.Attributes;

namespace Benchmarks.Handlers;

// One GET / through the whole ASP.NET Core pipeline in process (TestServer: no sockets, no wrk competing for the
// cores), per configuration of ServiceDefaults, so the cost of each part is a difference between rows measured
// in the same run. Allocated bytes per request are exact, whatever the machine's load.
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private PipelineHost _host = null!;

    [Params(PipelineConfiguration.Bare, PipelineConfiguration.Everything, PipelineConfiguration.MetricsOff,
        PipelineConfiguration.TracingOff, PipelineConfiguration.MetricsAndTracingOff)]
    public PipelineConfiguration Configuration { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _host = PipelineHost.StartAsync(Configuration).GetAwaiter().GetResult();
        for (var i = 0; i < 1000; i++) _host.GetRootAsync().GetAwaiter().GetResult();
    }

    [Benchmark]
    public int GetRoot() => _host.GetRootAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
