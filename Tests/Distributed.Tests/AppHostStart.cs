using Aspire.Hosting.ApplicationModel;

namespace Distributed.Tests;

// The AppHost's real model (Projects.AppHost) on Aspire.Hosting.Testing: DCP starts redis-server,
// prometheus and the services on random ports. Executable mode, as on this machine; Prometheus
// scrapes every second so waits are short. `configure` adjusts the model before it is built.
public static class AppHostStart
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(150);

    public static async Task<DistributedApplication> StartAsync(Action<IDistributedApplicationTestingBuilder>? configure = null)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            ["--Prometheus:ScrapeInterval=1s", "--Hosting:ResourceMode=executable", "--Traffic:Enabled=false"]);
        configure?.Invoke(builder);
        var app = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(Timeout);
        await app.StartAsync(startup.Token);
        foreach (var resource in new[] { "cache", "predictor", "prometheus", "api" })
            await app.ResourceNotifications.WaitForResourceHealthyAsync(resource, startup.Token);
        await app.WaitForTargetsScrapedAsync(new Dictionary<string, int> { ["api"] = 1, ["predictor"] = 2 }, Timeout);
        return app;
    }

    public static IResourceBuilder<ProjectResource> Project(this IDistributedApplicationTestingBuilder builder, string name) =>
        builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == name));
}
