using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Hosting;

namespace Aspire.Hosting.ApplicationModel;

// Shows each fault on its resource in the dashboard (property fault.{name}: "on until 12:34:56 UTC, should
// fire X") and, by publishing a snapshot, makes the dashboard re-evaluate which of Inject/Clear is enabled.
// It learns each resource's instances (the predictor's replicas) from the notifications it watches, and
// disposes the switchboard when the app stops.
public sealed class FaultProperties(FaultSwitchboard board, ResourceNotificationService notifications) : BackgroundService
{
    private readonly ConcurrentDictionary<string, IResource> _instances = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        board.Changed += Publish;
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
                if (update.Resource.Annotations.OfType<FaultAnnotation>().Any()) _instances[update.ResourceId] = update.Resource;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            board.Changed -= Publish;
            board.Dispose();
        }
    }

    private void Publish()
    {
        foreach (var (instance, resource) in _instances)
        {
            var faults = resource.Annotations.OfType<FaultAnnotation>().ToList();
            _ = notifications.PublishUpdateAsync(resource, instance, snapshot => snapshot with
            {
                Properties = Apply(snapshot.Properties, resource.Name, faults, board),
            });
        }
    }

    public static ImmutableArray<ResourcePropertySnapshot> Apply(ImmutableArray<ResourcePropertySnapshot> properties, string resourceName,
        IEnumerable<FaultAnnotation> faults, FaultSwitchboard board)
    {
        foreach (var fault in faults)
        {
            var key = $"fault.{fault.Name}";
            properties = properties.RemoveAll(p => p.Name == key);
            if (board.ActiveUntil(fault.SwitchName(resourceName)) is { } until)
                properties = properties.Add(new ResourcePropertySnapshot(key,
                    string.Create(CultureInfo.InvariantCulture, $"on until {until:HH:mm:ss} UTC, should fire {fault.Alert}")));
        }
        return properties;
    }
}
