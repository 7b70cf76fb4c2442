using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;

namespace Aspire.Hosting;

// Keeps each Prometheus' file_sd lists equal to the running instances of the resources it scrapes:
// a replica is listed while Running under its own address (not DCP's proxy, which would mix the
// replicas' counters) and dropped when it stops; a restart lists it again at its new address.
public sealed class PrometheusTargetDiscovery(DistributedApplicationModel model, ResourceNotificationService notifications)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var scrapers = model.Resources.OfType<IPrometheusResource>().ToList();
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
                foreach (var prometheus in scrapers.Where(p => p.Annotations.OfType<PrometheusScrapeTargetAnnotation>().Any(a => a.Target == update.Resource)))
                {
                    var running = update.Snapshot.State?.Text == KnownResourceStates.Running;
                    var address = running ? ScrapeAddress.Of(update.Snapshot, prometheus.Files.TargetHost) : null;
                    prometheus.Files.SetTarget(update.Resource.Name, update.ResourceId, address);
                }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
