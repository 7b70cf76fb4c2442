using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Hosting.ApplicationModel;

namespace Hosting.Orchestration;

// Every replica's stdout/stderr in a bounded in-memory ring, plus live subscriptions.
public sealed class ResourceLoggerService(int capacityPerInstance = 1000, TimeProvider? timeProvider = null)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<LogLine>> _rings = new(StringComparer.Ordinal);
    private readonly List<(string? Filter, Channel<LogLine> Channel)> _watchers = [];
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private long _sequence;

    public LogLine Write(string resourceName, string instanceId, int replicaIndex, LogStream stream, string text)
    {
        lock (_gate)
        {
            var line = new LogLine(++_sequence, _time.GetUtcNow(), resourceName, instanceId, replicaIndex, stream, text);
            if (!_rings.TryGetValue(instanceId, out var ring)) _rings[instanceId] = ring = new Queue<LogLine>();
            ring.Enqueue(line);
            while (ring.Count > capacityPerInstance) ring.Dequeue();
            foreach (var (filter, channel) in _watchers)
                if (Matches(filter, line)) channel.Writer.TryWrite(line);
            return line;
        }
    }

    // nameOrInstanceId: a resource name (all replicas) or one instance id; null for everything.
    public IReadOnlyList<LogLine> GetLogs(string? nameOrInstanceId = null)
    {
        lock (_gate) return [.. _rings.Values.SelectMany(r => r).Where(l => Matches(nameOrInstanceId, l)).OrderBy(l => l.Sequence)];
    }

    // The last lines the resource itself wrote (stdout/stderr), for error messages.
    public IReadOnlyList<LogLine> GetOutputTail(string nameOrInstanceId, int lines)
    {
        var all = GetLogs(nameOrInstanceId).Where(l => l.Stream != LogStream.System).ToList();
        return [.. all.Skip(Math.Max(0, all.Count - lines))];
    }

    // The buffered lines first, then new ones as they arrive.
    public async IAsyncEnumerable<LogLine> WatchAsync(string? nameOrInstanceId = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<LogLine>(new UnboundedChannelOptions { SingleReader = true });
        var watcher = (nameOrInstanceId, channel);
        lock (_gate)
        {
            foreach (var line in _rings.Values.SelectMany(r => r).Where(l => Matches(nameOrInstanceId, l)).OrderBy(l => l.Sequence))
                channel.Writer.TryWrite(line);
            _watchers.Add(watcher);
        }
        try
        {
            await foreach (var line in channel.Reader.ReadAllAsync(cancellationToken))
                yield return line;
        }
        finally
        {
            lock (_gate) _watchers.Remove(watcher);
        }
    }

    private static bool Matches(string? filter, LogLine line) =>
        filter is null || line.ResourceName == filter || line.InstanceId == filter;
}
