using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Aspire.Hosting.Testing;

public static class DistributedApplicationPrometheusExtensions
{
    // A query client for the app's Prometheus resource, on the port this run gave it.
    public static PrometheusQueryClient CreatePrometheusClient(this DistributedApplication app, string resourceName = "prometheus")
    {
        var prometheus = app.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .OfType<IResourceWithEndpoints>().Single(r => r.Name == resourceName);
        return new PrometheusQueryClient(new HttpClient { BaseAddress = new Uri(prometheus.GetEndpoint("http").Url + "/") });
    }

    // The running instances (replicas) of a resource, once `count` of them run: their ids are the
    // `instance` labels Prometheus gives their series.
    public static async Task<IReadOnlyList<ResourceEvent>> WaitForRunningInstancesAsync(this DistributedApplication app,
        string resourceName, int count, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var running = new Dictionary<string, ResourceEvent>();
        var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
        try
        {
            await foreach (var update in notifications.WatchAsync(deadline.Token))
            {
                if (update.Resource.Name != resourceName) continue;
                if (update.Snapshot.State?.Text == KnownResourceStates.Running) running[update.ResourceId] = update;
                else running.Remove(update.ResourceId);
                if (running.Count == count) return [.. running.Values.OrderBy(e => e.ResourceId, StringComparer.Ordinal)];
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
        }
        throw new TimeoutException($"{running.Count} of {count} instances of '{resourceName}' running after {timeout.TotalSeconds:0}s");
    }

    // The process id of a running instance, as DCP reports it.
    public static int? ProcessId(this ResourceEvent instance) =>
        instance.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value switch
        {
            int pid => pid,
            long pid => (int)pid,
            string text when int.TryParse(text, out var pid) => pid,
            _ => null,
        };
}
