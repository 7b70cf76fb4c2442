using System.Diagnostics;
using System.Globalization;

namespace Microsoft.Extensions.Hosting;

// Reads the process figures the Prometheus clients export from /proc/self (Linux), with portable fallbacks.
internal static class ProcSelf
{
    private static readonly bool HasProcFs = OperatingSystem.IsLinux() && Directory.Exists("/proc/self");

    public static double CpuSeconds => Environment.CpuUsage.TotalTime.TotalSeconds;

    public static double StartTimeUnixSeconds { get; } = ReadStartTime();

    public static long ResidentMemoryBytes => HasProcFs && ReadStatmPages(1) is { } pages ? pages * Environment.SystemPageSize : Environment.WorkingSet;

    public static long VirtualMemoryBytes
    {
        get
        {
            if (HasProcFs && ReadStatmPages(0) is { } pages) return pages * Environment.SystemPageSize;
            using var process = Process.GetCurrentProcess();
            return process.VirtualMemorySize64;
        }
    }

    // Counted in /proc/self/fdinfo, which has one regular file per open descriptor, not in /proc/self/fd: its
    // entries are symbolic links, and .NET's directory enumeration stats the target of every link to learn whether
    // it is a directory. With ~300 descriptors that made this one gauge cost 3 ms of CPU per scrape, two thirds of
    // the whole /metrics request (perf, docs/benchmarks.md). The count is the same, the enumeration's own
    // descriptor included, as client_golang's.
    public static long? OpenFileDescriptors =>
        HasProcFs ? Directory.EnumerateFiles("/proc/self/fdinfo").LongCount() : null;

    // The soft limit, as client_golang reports it: that is the one the process actually hits.
    public static long? MaxFileDescriptors
    {
        get
        {
            if (!HasProcFs) return null;
            var line = File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
            var fields = line?["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields is { Length: > 0 } && long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var soft) ? soft : null;
        }
    }

    // /proc/self/statm: "size resident shared text lib data dt", all in pages.
    private static long? ReadStatmPages(int field)
    {
        var fields = File.ReadAllText("/proc/self/statm").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > field && long.TryParse(fields[field], NumberStyles.None, CultureInfo.InvariantCulture, out var pages) ? pages : null;
    }

    private static double ReadStartTime()
    {
        using var process = Process.GetCurrentProcess();
        return (process.StartTime.ToUniversalTime() - DateTime.UnixEpoch).TotalSeconds;
    }
}
