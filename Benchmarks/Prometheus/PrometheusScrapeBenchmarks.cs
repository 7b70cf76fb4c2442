using BenchmarkDotNet.Attributes;

namespace Benchmarks.Prometheus;

// One scrape of the large registry through the official exporter over loopback HTTP, per format: SDK
// collection + serialisation + the response, read to its last byte.
[MemoryDiagnoser]
public class PrometheusScrapeBenchmarks
{
    private ScrapeTarget _target = null!;

    [Params("text", "openmetrics")]
    public string Format { get; set; } = "text";

    private string Accept => Format == "text" ? ScrapeTarget.TextAccept : ScrapeTarget.OpenMetricsAccept;

    [GlobalSetup]
    public void Setup()
    {
        _target = ScrapeTarget.StartAsync().GetAwaiter().GetResult();
        var body = _target.ScrapeAsync(Accept).GetAwaiter().GetResult();
        Console.WriteLine($"// {Format}: {body.Count(b => b == (byte)'\n')} lines, {body.Length} bytes per scrape");
    }

    [Benchmark]
    public long Scrape() => _target.ScrapeLengthAsync(Accept).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _target.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
