using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Aspire.Hosting.ApplicationModel;

// The run directory of one Prometheus resource: prometheus.yml, data/, and targets/{job}.json, the
// file-based service discovery lists rewritten as replicas start, stop and restart.
public sealed class PrometheusFiles(string directory, string? targetHost = null)
{
    private readonly ConcurrentDictionary<string, ImmutableSortedDictionary<string, string>> _targets = new();
    private readonly Lock _writing = new();

    public string Directory { get; } = directory;
    // How Prometheus reaches the services' hosts: null on the host itself, the host gateway's name in a container.
    public string? TargetHost { get; } = targetHost;
    public string ConfigFile => Path.Combine(Directory, "prometheus.yml");
    public string DataDirectory => Path.Combine(Directory, "data");
    public string TargetsDirectory => Path.Combine(Directory, "targets");

    public string TargetsFile(string job) => Path.Combine(TargetsDirectory, job + ".json");

    // Every instance currently listed, by job: instance name -> host:port.
    public IReadOnlyDictionary<string, ImmutableSortedDictionary<string, string>> Targets => _targets;

    // Lists (address not null) or removes an instance; rewrites the job's file when that changes it.
    public void SetTarget(string job, string instance, string? address)
    {
        lock (_writing)
        {
            var before = _targets.GetValueOrDefault(job, ImmutableSortedDictionary<string, string>.Empty);
            var after = address is null ? before.Remove(instance) : before.SetItem(instance, address);
            if (after == before) return;
            _targets[job] = after;
            WriteAtomically(TargetsFile(job), PrometheusTargetsFile.Render(after));
        }
    }

    public void EnsureTargetsFile(string job)
    {
        lock (_writing)
        {
            if (!File.Exists(TargetsFile(job)))
                WriteAtomically(TargetsFile(job), PrometheusTargetsFile.Render(_targets.GetValueOrDefault(job, ImmutableSortedDictionary<string, string>.Empty)));
        }
    }

    // Prometheus watches the file: a rename makes the new list appear whole, never half-written.
    public static void WriteAtomically(string path, string content)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}
