using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Hosting.Dashboard;
using Hosting.Dashboard.Model;

namespace Dashboard.Tests.Support;

// A backend whose state the test sets directly; commands change state the way the orchestrator does
// (restart = one more restart, Running again). Used to test the HTTP surface without starting processes.
public sealed class InMemoryBackend : IDashboardBackend
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DashboardResource> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DashboardLogLine>> _logs = new(StringComparer.Ordinal);
    private readonly List<Channel<DashboardResource>> _resourceWatchers = [];
    private readonly List<(string Name, Channel<DashboardLogLine> Channel)> _logWatchers = [];
    private long _sequence;

    public List<(string Resource, ResourceCommand Command)> Commands { get; } = [];
    public DashboardLinks Links { get; set; } = new(null, null, "no container runtime");

    public static DashboardResource Resource(string name, string type = "Project", string state = "Running", int replicas = 1,
        IReadOnlyDictionary<string, string>? environment = null, int restarts = 0) =>
        new(name, type, state, "Healthy", [new DashboardEndpoint("http", $"http://127.0.0.1:{5000 + name.Length}")],
            Enumerable.Range(0, replicas).Select(i => new DashboardReplica($"{name}-{i}", state, "Healthy",
                [new DashboardHealthCheck("self", "Healthy", null)], [new DashboardEndpoint("http", $"http://127.0.0.1:{6000 + i}")],
                4000 + i, null, DateTimeOffset.UtcNow, restarts, null, environment ?? new Dictionary<string, string>())).ToList());

    public void Publish(DashboardResource resource)
    {
        lock (_gate)
        {
            _resources[resource.Name] = resource;
            _logs.TryAdd(resource.Name, []);
            foreach (var watcher in _resourceWatchers) watcher.Writer.TryWrite(resource);
        }
    }

    public void WriteLog(string resource, string text, string stream = "stdout")
    {
        lock (_gate)
        {
            var line = new DashboardLogLine(++_sequence, DateTimeOffset.UtcNow, resource + "-0", stream, text);
            _logs[resource].Add(line);
            foreach (var (name, channel) in _logWatchers)
                if (name == resource) channel.Writer.TryWrite(line);
        }
    }

    public IReadOnlyList<DashboardResource> GetResources()
    {
        lock (_gate) return [.. _resources.Values];
    }

    public async IAsyncEnumerable<DashboardResource> WatchResourcesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<DashboardResource>();
        lock (_gate) _resourceWatchers.Add(channel);
        try
        {
            await foreach (var resource in channel.Reader.ReadAllAsync(cancellationToken)) yield return resource;
        }
        finally
        {
            lock (_gate) _resourceWatchers.Remove(channel);
        }
    }

    public IReadOnlyList<DashboardLogLine>? GetLogs(string resourceName)
    {
        lock (_gate) return _logs.TryGetValue(resourceName, out var lines) ? [.. lines] : null;
    }

    public async IAsyncEnumerable<DashboardLogLine> WatchLogsAsync(string resourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<DashboardLogLine>();
        lock (_gate)
        {
            foreach (var line in _logs.GetValueOrDefault(resourceName) ?? []) channel.Writer.TryWrite(line);
            _logWatchers.Add((resourceName, channel));
        }
        try
        {
            await foreach (var line in channel.Reader.ReadAllAsync(cancellationToken)) yield return line;
        }
        finally
        {
            lock (_gate) _logWatchers.RemoveAll(w => w.Channel == channel);
        }
    }

    public Task<bool> ExecuteCommandAsync(string resourceName, ResourceCommand command, CancellationToken cancellationToken)
    {
        DashboardResource? current;
        lock (_gate)
        {
            if (!_resources.TryGetValue(resourceName, out current)) return Task.FromResult(false);
            Commands.Add((resourceName, command));
        }
        var state = command == ResourceCommand.Stop ? "Exited" : "Running";
        var bump = command == ResourceCommand.Restart ? 1 : 0;
        Publish(current with
        {
            State = state,
            Replicas = current.Replicas.Select(r => r with { State = state, Restarts = r.Restarts + bump }).ToList(),
        });
        return Task.FromResult(true);
    }

    public DashboardLinks GetLinks() => Links;
}
