using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Hosting.ApplicationModel;

namespace Hosting.Orchestration;

// The current snapshot of every replica, plus a stream of changes (console, dashboard, tests).
public sealed class ResourceNotificationService
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ResourceSnapshot> _snapshots = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly List<Channel<ResourceSnapshot>> _watchers = [];

    public IReadOnlyList<ResourceSnapshot> GetSnapshots()
    {
        lock (_gate) return [.. _order.Select(id => _snapshots[id])];
    }

    public ResourceSnapshot? GetSnapshot(string instanceId)
    {
        lock (_gate) return _snapshots.GetValueOrDefault(instanceId);
    }

    // Every replica of a resource, in replica order.
    public IReadOnlyList<ResourceSnapshot> GetReplicas(string resourceName)
    {
        lock (_gate) return [.. _order.Select(id => _snapshots[id]).Where(s => s.Name == resourceName).OrderBy(s => s.ReplicaIndex)];
    }

    // Yields the current snapshots first, then every change until cancelled.
    public async IAsyncEnumerable<ResourceSnapshot> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<ResourceSnapshot>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            foreach (var id in _order) channel.Writer.TryWrite(_snapshots[id]);
            _watchers.Add(channel);
        }
        try
        {
            await foreach (var snapshot in channel.Reader.ReadAllAsync(cancellationToken))
                yield return snapshot;
        }
        finally
        {
            lock (_gate) _watchers.Remove(channel);
        }
    }

    public ResourceSnapshot Publish(ResourceSnapshot snapshot)
    {
        lock (_gate)
        {
            if (!_snapshots.ContainsKey(snapshot.InstanceId)) _order.Add(snapshot.InstanceId);
            _snapshots[snapshot.InstanceId] = snapshot;
            foreach (var watcher in _watchers) watcher.Writer.TryWrite(snapshot);
        }
        return snapshot;
    }

    public ResourceSnapshot Update(string instanceId, Func<ResourceSnapshot, ResourceSnapshot> change)
    {
        lock (_gate)
        {
            var current = _snapshots.GetValueOrDefault(instanceId)
                ?? throw new KeyNotFoundException($"No resource instance '{instanceId}'.");
            return Publish(change(current));
        }
    }

    // Completes when every replica of the resource satisfies the predicate.
    public async Task<IReadOnlyList<ResourceSnapshot>> WaitForResourceAsync(string resourceName,
        Func<ResourceSnapshot, bool> predicate, CancellationToken cancellationToken = default)
    {
        await foreach (var _ in WatchAsync(cancellationToken))
        {
            var replicas = GetReplicas(resourceName);
            if (replicas.Count > 0 && replicas.All(predicate)) return replicas;
        }
        throw new OperationCanceledException(cancellationToken);
    }

    public Task<IReadOnlyList<ResourceSnapshot>> WaitForResourceHealthyAsync(string resourceName, CancellationToken cancellationToken = default) =>
        WaitForResourceAsync(resourceName, s => s.IsHealthyAndRunning, cancellationToken);
}
