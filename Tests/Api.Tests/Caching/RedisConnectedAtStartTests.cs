using Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Api.Tests.Caching;

// The cache is connected before the api takes its first request (Api/Caching/RedisConnectionWarmup.cs): the very
// first prediction is a miss that is stored, and the second is a hit — no cache error in between.
public sealed class RedisConnectedAtStartTests : IAsyncLifetime
{
    private readonly ServicesFixture _services = new();

    public Task InitializeAsync() => _services.InitializeAsync();

    public Task DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task TheFirstRequestsFindTheCacheConnected()
    {
        Assert.True(_services.Api.Services.GetRequiredService<IConnectionMultiplexer>().IsConnected,
            "the multiplexer should have connected while the api started, before any request");

        using var first = await _services.Client.GetAsync("/predict/JPM?model=normal");
        using var second = await _services.Client.GetAsync("/predict/JPM?model=normal");

        Assert.Equal(["miss", "hit"], [first.Headers.GetValues("X-Cache").Single(), second.Headers.GetValues("X-Cache").Single()]);
        var metrics = await _services.Api.MetricsAsync();
        Assert.Null(metrics.Value("cache_errors_total"));
        Assert.Equal(1, (await _services.Predictor.MetricsAsync()).Value("predictions_total", ("ticker", "JPM")));
    }
}
