using OpenTelemetry.Metrics;

namespace Microsoft.Extensions.Hosting;

// System.Runtime reports three current-value instruments named "*.count". Translated they end in "_count",
// which Prometheus reserves for histograms and summaries: `promtool check metrics` rejects the whole scrape.
// Views give them names that say the same thing without the reserved suffix.
internal static class LintCleanRuntimeNames
{
    public static readonly IReadOnlyDictionary<string, string> Renames = new Dictionary<string, string>
    {
        ["dotnet.assembly.count"] = "dotnet.assemblies.loaded",
        ["dotnet.process.cpu.count"] = "dotnet.process.cpus",
        ["dotnet.timer.count"] = "dotnet.timers.active",
    };

    public static MeterProviderBuilder AddLintCleanRuntimeNames(this MeterProviderBuilder metrics)
    {
        foreach (var (instrument, name) in Renames)
            metrics.AddView(i => i.Meter.Name == "System.Runtime" && i.Name == instrument ? new MetricStreamConfiguration { Name = name } : null);
        return metrics;
    }
}
