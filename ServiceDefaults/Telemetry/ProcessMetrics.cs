using System.Diagnostics.Metrics;

namespace Microsoft.Extensions.Hosting;

// The standard process_* families every official Prometheus client exports, so dashboards built for other
// stacks work. Names and units are chosen so the exporter's OTel→Prometheus translation lands exactly on them:
// "process.cpu" + unit "s" on a counter → process_cpu_seconds_total, "process.resident_memory" + "By" →
// process_resident_memory_bytes, and so on; fd counts carry no unit so no suffix is added.
internal sealed class ProcessMetrics
{
    public ProcessMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(ServiceDefaultsMeter.Name);
        meter.CreateObservableCounter("process.cpu", () => ProcSelf.CpuSeconds, "s",
            "Total user and system CPU time spent in seconds.");
        meter.CreateObservableGauge("process.resident_memory", () => ProcSelf.ResidentMemoryBytes, "By",
            "Resident memory size in bytes.");
        meter.CreateObservableGauge("process.virtual_memory", () => ProcSelf.VirtualMemoryBytes, "By",
            "Virtual memory size in bytes.");
        meter.CreateObservableGauge("process.start_time", () => ProcSelf.StartTimeUnixSeconds, "s",
            "Start time of the process since unix epoch in seconds.");
        meter.CreateObservableGauge("process.open_fds", () => Optional(ProcSelf.OpenFileDescriptors), null,
            "Number of open file descriptors.");
        meter.CreateObservableGauge("process.max_fds", () => Optional(ProcSelf.MaxFileDescriptors), null,
            "Maximum number of open file descriptors.");
    }

    private static IEnumerable<Measurement<long>> Optional(long? value) =>
        value is { } v ? [new Measurement<long>(v)] : [];
}
