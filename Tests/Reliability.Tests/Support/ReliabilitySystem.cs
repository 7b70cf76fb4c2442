using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.ApplicationModel;

namespace Reliability.Tests.Support;

// The real AppHost model on Aspire.Hosting.Testing (DCP, redis-server, prometheus, api, two predictor
// replicas, random ports), started once for the collection. Prometheus scrapes every second so waits
// are short. A 200 ms cache TTL keeps both hits and misses flowing under load (so the predictor is
// busy while faults happen); counts stay exact because each answer says which it was (X-Cache).
// Redis restarts seconds after a crash here (not 0.5 s), so an outage lasts long enough to be measured.
public sealed class ReliabilitySystem : IAsyncLifetime
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    public const string CacheTimeToLive = "00:00:00.200";

    public DistributedApplication App { get; private set; } = null!;
    public HttpClient Api { get; private set; } = null!;
    public PrometheusQueryClient Prometheus { get; private set; } = null!;
    public IReadOnlyList<string> Tickers { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            ["--Prometheus:ScrapeInterval=1s", "--Hosting:ResourceMode=executable", "--Traffic:Enabled=false"]);
        var api = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "api");
        builder.CreateResourceBuilder(api).WithEnvironment("Cache__TimeToLive", CacheTimeToLive);
        var cache = builder.Resources.OfType<IResourceWithConnectionString>().Single(r => r.Name == "cache");
        builder.CreateResourceBuilder(cache).WithRestartOnCrash(initialDelay: Scale.RedisRestartDelay);
        App = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(StartTimeout);
        await App.StartAsync(startup.Token);
        foreach (var resource in new[] { "cache", "predictor", "prometheus", "api" })
            await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, startup.Token);
        await App.WaitForTargetsScrapedAsync(new Dictionary<string, int> { ["api"] = 1, ["predictor"] = 2 }, StartTimeout);
        Api = App.CreateHttpClient("api");
        Prometheus = App.CreatePrometheusClient();
        using var predictor = App.CreateHttpClient("predictor");
        var list = await predictor.GetFromJsonAsync<JsonElement>("/tickers");
        var array = list.ValueKind == JsonValueKind.Array ? list : list.EnumerateObject().First(p => p.Value.ValueKind == JsonValueKind.Array).Value;
        Tickers = [.. array.EnumerateArray().Select(t => t.GetString()!)];
    }

    public Uri ApiAddress => Api.BaseAddress!;

    public Task<IReadOnlyList<ResourceEvent>> PredictorReplicasAsync() =>
        App.WaitForRunningInstancesAsync("predictor", 2, TimeSpan.FromSeconds(90));

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        Prometheus?.Dispose();
        if (App is not null) await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ReliabilityCollection : ICollectionFixture<ReliabilitySystem>
{
    public const string Name = "Reliability";
}
