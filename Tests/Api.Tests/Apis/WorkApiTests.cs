using System.Net.Http.Json;
using System.Text.Json;
using Api.Model;
using Api.Tests.Support;

namespace Api.Tests.Apis;

public sealed class WorkApiTests : IAsyncLifetime
{
    private readonly ServicesFixture _services = new();

    [Fact]
    public async Task WorkTakesAtLeastTheRequestedTime()
    {
        var result = await _services.Client.GetFromJsonAsync<WorkResult>("/work?ms=120", JsonSerializerOptions.Web);
        Assert.Equal(120, result!.Requested);
        Assert.True(result.ElapsedMilliseconds >= 100, $"elapsed {result.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task ZeroMillisecondsIsAccepted()
    {
        var result = await _services.Client.GetFromJsonAsync<WorkResult>("/work?ms=0", JsonSerializerOptions.Web);
        Assert.Equal(0, result!.Requested);
    }

    [Fact]
    public async Task DoTaskRunsForTheRequestedSeconds()
    {
        var result = await _services.Client.GetFromJsonAsync<TaskResult>("/do_task?seconds=1", JsonSerializerOptions.Web);
        Assert.Equal(1, result!.Seconds);
    }

    [Fact]
    public async Task TheRootDescribesTheService()
    {
        var info = await _services.Client.GetFromJsonAsync<ServiceInfo>("/", JsonSerializerOptions.Web);
        Assert.Equal("api", info!.Service);
        Assert.Contains(info.Endpoints, e => e.Contains("/predict/{ticker}"));
    }

    public Task InitializeAsync() => _services.InitializeAsync();

    public Task DisposeAsync() => _services.DisposeAsync();
}
