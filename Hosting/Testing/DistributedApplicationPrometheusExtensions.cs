using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

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

    // Nothing waits for Prometheus, so its health (every instance listed when it was first checked has been
    // scraped) can pass before a resource that started later is listed. Whoever counts from the first request
    // waits here instead: at least `instances` of each job listed (e.g. predictor=2, api=1) and every listed one
    // scraped at least once.
    public static async Task WaitForTargetsScrapedAsync(this DistributedApplication app, IReadOnlyDictionary<string, int> instances,
        TimeSpan timeout, string resourceName = "prometheus")
    {
        var prometheus = app.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .OfType<IPrometheusResource>().Single(r => r.Name == resourceName);
        var check = new PrometheusFirstScrapeHealthCheck(prometheus);
        using var deadline = new CancellationTokenSource(timeout);
        var last = "not checked yet";
        try
        {
            while (true)
            {
                var missing = instances.Where(job => (prometheus.Files.Targets.GetValueOrDefault(job.Key)?.Count ?? 0) < job.Value)
                    .Select(job => job.Key).ToList();
                if (missing.Count == 0)
                {
                    var result = await check.CheckHealthAsync(new HealthCheckContext(), deadline.Token);
                    if (result.Status == HealthStatus.Healthy) return;
                    last = result.Description ?? "unhealthy";
                }
                else
                {
                    last = "not listed yet: " + string.Join(", ", missing);
                }
                await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"Prometheus had not scraped every target after {timeout.TotalSeconds:0}s: {last}");
        }
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
