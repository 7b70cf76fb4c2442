using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Faults.Tests;

// The AppHost's real model under the test profile: traffic on at 20 requests/s, Prometheus scraping and
// evaluating every second, and every rule's `for:` and range selectors at 3% of their length
// (Prometheus:RuleTimeScale), so a 10-minute `for:` waits 18 s and a 5-minute window spans 9 s. One app for
// every fault test; each test leaves its fault cleared.
public sealed class FaultsFixture : IAsyncLifetime
{
    public static readonly TimeSpan Startup = TimeSpan.FromSeconds(150);

    public DistributedApplication App { get; private set; } = null!;
    public PrometheusQueryClient Prometheus { get; private set; } = null!;
    public HttpClient Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            "--Prometheus:ScrapeInterval=1s", "--Hosting:ResourceMode=executable", "--Prometheus:RuleTimeScale=0.03",
            "--Traffic:Enabled=true", "--Traffic:RatePerSecond=20",
        ]);
        App = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(Startup);
        await App.StartAsync(startup.Token);
        foreach (var resource in new[] { "cache", "predictor", "prometheus", "api", "traffic" })
            await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, startup.Token);
        await App.WaitForTargetsScrapedAsync(new Dictionary<string, int> { ["api"] = 1, ["predictor"] = 2, ["traffic"] = 1 }, Startup);
        Prometheus = App.CreatePrometheusClient();
        Api = App.CreateHttpClient("api");
        await Eventually.TrueAsync(async () => await Prometheus.ScalarAsync("sum(traffic_requests_total{status_class=\"2xx\"})") > 50,
            Startup, "Prometheus to have scraped the traffic generator's first answered requests");
    }

    // Runs a dashboard command on one instance (for the predictor, a replica: its faults apply to every replica).
    public async Task RunCommandAsync(string resourceName, string command)
    {
        using var deadline = new CancellationTokenSource(Startup);
        var instance = await InstanceIdAsync(resourceName, deadline.Token);
        var result = await App.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(instance, command, deadline.Token);
        Assert.True(result.Success, $"{command} on {instance}: {result.Message}");
    }

    // The dashboard shows a fault that is on as the resource's property fault.{Name}, naming its alert.
    public async Task WaitForFaultPropertyAsync(string resourceName, FaultAnnotation fault, bool shown)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await App.ResourceNotifications.WaitForResourceAsync(resourceName, e =>
            e.Snapshot.Properties.Any(p => p.Name == $"fault.{fault.Name}" && p.Value is string text && text.EndsWith($"should fire {fault.Alert}", StringComparison.Ordinal))
            == shown, deadline.Token);
    }

    // The id of one instance, whatever its state (a stopped Redis still takes the command that starts it).
    private async Task<string> InstanceIdAsync(string resourceName, CancellationToken cancellationToken)
    {
        await foreach (var update in App.ResourceNotifications.WatchAsync(cancellationToken))
            if (update.Resource.Name == resourceName) return update.ResourceId;
        throw new InvalidOperationException($"no instance of {resourceName}");
    }

    public FaultAnnotation Fault(string resourceName, string name) =>
        App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == resourceName)
            .Annotations.OfType<FaultAnnotation>().Single(f => f.Name == name);

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        Prometheus?.Dispose();
        if (App is not null) await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class FaultsCollection : ICollectionFixture<FaultsFixture>
{
    public const string Name = "Faults";
}
