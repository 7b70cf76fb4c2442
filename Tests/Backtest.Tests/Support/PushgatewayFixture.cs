using TestSupport;

namespace Backtest.Tests.Support;

// One real Pushgateway and one real Prometheus scraping it every second with honor_labels: true,
// shared by the collection; each test pushes under its own job name so their groups never mix.
public sealed class PushgatewayFixture : IAsyncLifetime
{
    public PushgatewayServer Pushgateway { get; private set; } = null!;
    public PrometheusServer Prometheus { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Pushgateway = await PushgatewayServer.StartAsync();
        Prometheus = await PrometheusServer.StartAsync(Pushgateway.ScrapeConfigYaml());
    }

    public async Task DisposeAsync()
    {
        if (Prometheus is not null) await Prometheus.DisposeAsync();
        if (Pushgateway is not null) await Pushgateway.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PushgatewayCollection : ICollectionFixture<PushgatewayFixture>
{
    public const string Name = "Pushgateway";
}
