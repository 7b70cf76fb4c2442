using System.Diagnostics.Metrics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using ServiceDefaults.Prometheus;

namespace ServiceDefaults.Tests.Prometheus;

// A real MeterProvider with our reader, a fixed resource (service "svc", instance "i-1") and meters named
// per test, so tests running in parallel never see each other's instruments.
public sealed partial class ExporterHarness : IDisposable
{
    private readonly List<Meter> _meters = [];
    private readonly MeterProvider _provider;

    public ExporterHarness(string meterName, Action<MeterProviderBuilder>? configure = null, int cacheMilliseconds = 0,
        params string[] moreMeterNames)
    {
        Logs = new CapturingLoggerProvider();
        LoggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.AddProvider(Logs));
        Reader = new PrometheusMetricReader(new PrometheusExporterOptions { ResponseCacheMilliseconds = cacheMilliseconds },
            LoggerFactory, TimeProvider.System);
        Meter = AddMeter(meterName);
        foreach (var name in moreMeterNames) AddMeter(name);
        var builder = Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(r => r.Clear().AddService("svc", autoGenerateServiceInstanceId: false, serviceInstanceId: "i-1"))
            .AddMeter([meterName, meterName + "_*", .. moreMeterNames])
            .AddReader(Reader);
        configure?.Invoke(builder);
        _provider = builder.Build();
    }

    public Meter Meter { get; }
    public PrometheusMetricReader Reader { get; }
    public CapturingLoggerProvider Logs { get; }
    public ILoggerFactory LoggerFactory { get; }

    public Meter AddMeter(string name, string version = "1.0")
    {
        var meter = new Meter(name, version);
        _meters.Add(meter);
        return meter;
    }

    public Meter MeterNamed(string name) => _meters.Single(m => m.Name == name);

    public async Task<string> ScrapeAsync(ExpositionFormat format)
    {
        using var lease = await Reader.Collector.AcquireAsync(format);
        Assert.True(lease.Succeeded, "collection failed: " + string.Join("\n", Logs.Entries.Select(e => e.Message)));
        return Encoding.UTF8.GetString(lease.Content.Span);
    }

    // `_created` holds the stream's start time; tests compare it separately, so exact-text tests mask it.
    public static string MaskCreated(string exposition) => CreatedValue().Replace(exposition, "$1 <created>");

    [GeneratedRegex(@"^(\S+_created(?:\{[^\n]*\})?) \S+$", RegexOptions.Multiline)]
    private static partial Regex CreatedValue();

    public void Dispose()
    {
        _provider.Dispose();
        foreach (var meter in _meters) meter.Dispose();
        LoggerFactory.Dispose();
    }
}
