using ServiceDefaults.Tests.Support;

namespace ServiceDefaults.Tests.Telemetry;

[Collection(AppCollection.Name)]
public sealed class IdentityMetricsTests
{
    [Fact]
    public async Task AppInfoAndTargetInfoCarryTheIdentityFromOtelVariables()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["OTEL_SERVICE_NAME"] = "orders",
            ["OTEL_RESOURCE_ATTRIBUTES"] = "service.instance.id=orders-2,service.version=1.4.2,deployment.environment=staging",
        });

        var scrape = await Scrape.FetchAsync(app.Http);

        var info = scrape.Single("app_info");
        Assert.Equal(1, info.Value);
        Assert.Equal("orders", info.Labels["service"]);
        Assert.Equal("1.4.2", info.Labels["version"]);
        Assert.Equal("staging", info.Labels["env"]);
        var target = scrape.Single("target_info");
        Assert.Equal("orders-2", target.Labels["service_instance_id"]);
        Assert.Equal("orders", target.Labels["service_name"]);
    }

    [Fact]
    public async Task WithoutOtelVariablesTheHostNamesTheServiceAndAnInstanceIdIsGenerated()
    {
        await using var app = await TestApp.StartAsync();

        var scrape = await Scrape.FetchAsync(app.Http);

        var info = scrape.Single("app_info");
        Assert.Equal(typeof(TestApp).Assembly.GetName().Name, info.Labels["service"]);
        Assert.Equal("Production", info.Labels["env"]);
        Assert.True(Guid.TryParse(scrape.Single("target_info").Labels["service_instance_id"], out _));
    }

    [Fact]
    public async Task TwoStartsOfTheSameServiceGetDifferentInstanceIds()
    {
        string[] ids = new string[2];
        for (var i = 0; i < 2; i++)
        {
            await using var app = await TestApp.StartAsync();
            ids[i] = (await Scrape.FetchAsync(app.Http)).Single("target_info").Labels["service_instance_id"];
        }

        Assert.NotEqual(ids[0], ids[1]);
    }
}
