using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.ApplicationModel;

namespace Distributed.Tests;

// One app for the collection. A one-day cache TTL makes every repeated request within a test a cache
// hit, so counts are exact.
public sealed class AppHostFixture : IAsyncLifetime
{
    public DistributedApplication App { get; private set; } = null!;
    public HttpClient Api { get; private set; } = null!;
    public PrometheusQueryClient Prometheus { get; private set; } = null!;
    public IReadOnlyList<string> Tickers { get; private set; } = [];
    private int _nextTicker;

    public async Task InitializeAsync()
    {
        App = await AppHostStart.StartAsync(b => b.Project("api").WithEnvironment("Cache__TimeToLive", "1.00:00:00"));
        Api = App.CreateHttpClient("api");
        Prometheus = App.CreatePrometheusClient();
        using var predictor = App.CreateHttpClient("predictor");
        var tickers = await predictor.GetFromJsonAsync<JsonElement>("/tickers");
        Tickers = [.. FirstArray(tickers).EnumerateArray().Select(t => t.GetString()!).Where(t => t != "AAPL")];
    }

    public Task<IReadOnlyList<ResourceEvent>> PredictorReplicasAsync() =>
        App.WaitForRunningInstancesAsync("predictor", 2, TimeSpan.FromSeconds(60));

    // Each test takes tickers nobody else used, so its counts start from zero.
    public string[] TakeTickers(int count)
    {
        var start = Interlocked.Add(ref _nextTicker, count) - count;
        if (start + count > Tickers.Count) throw new InvalidOperationException($"only {Tickers.Count} tickers to share between tests");
        return [.. Tickers.Skip(start).Take(count)];
    }

    private static JsonElement FirstArray(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element : element.EnumerateObject().First(p => p.Value.ValueKind == JsonValueKind.Array).Value;

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        Prometheus?.Dispose();
        if (App is not null) await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AppHostCollection : ICollectionFixture<AppHostFixture>
{
    public const string Name = "AppHost";
}
