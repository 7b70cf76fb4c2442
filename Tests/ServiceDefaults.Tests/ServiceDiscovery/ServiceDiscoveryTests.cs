using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ServiceDefaults.Tests.Support;
using TestSupport;

namespace ServiceDefaults.Tests.ServiceDiscovery;

[Collection(AppCollection.Name)]
public sealed class ServiceDiscoveryTests
{
    private static async Task<List<string>> CallRepeatedlyAsync(TestApp app, string clientName, int times)
    {
        var client = app.Services.GetRequiredService<IHttpClientFactory>().CreateClient(clientName);
        var answers = new List<string>();
        for (var i = 0; i < times; i++) answers.Add(await client.GetStringAsync("/who"));
        return answers;
    }

    [Fact]
    public async Task NamedClientRoundRobinsOverEveryConfiguredReplica()
    {
        await using var a = await Backend.RespondingAsync("a");
        await using var b = await Backend.RespondingAsync("b");
        await using var app = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["services:predictor:http:0"] = a.Url, ["services:predictor:http:1"] = b.Url },
            builder => builder.Services.AddHttpClient("predictor", c => c.BaseAddress = new Uri("http://predictor")));

        var answers = await CallRepeatedlyAsync(app, "predictor", 6);

        Assert.Equal(3, answers.Count(x => x == "a"));
        Assert.Equal(3, answers.Count(x => x == "b"));
        Assert.All(answers.Zip(answers.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public async Task UnnamedClientsResolveServiceNamesToo()
    {
        await using var a = await Backend.RespondingAsync("only");
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["services:catalog:http:0"] = a.Url });

        var client = app.Services.GetRequiredService<IHttpClientFactory>().CreateClient();

        Assert.Equal("only", await client.GetStringAsync("http://catalog/anything?x=1"));
    }

    [Fact]
    public async Task SchemePreferenceFallsBackToHttpWhenNoHttpsEndpointExists()
    {
        await using var a = await Backend.StartAsync((ctx, _) => ctx.Response.WriteAsync($"{ctx.Request.Path}{ctx.Request.QueryString}"));
        await using var app = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["services:predictor:http:0"] = a.Url },
            builder => builder.Services.AddHttpClient("p", c => c.BaseAddress = new Uri("https+http://predictor")));

        var client = app.Services.GetRequiredService<IHttpClientFactory>().CreateClient("p");

        Assert.Equal("/predict/AAPL?model=normal", await client.GetStringAsync("/predict/AAPL?model=normal"));
    }

    [Fact]
    public async Task EndpointThatIsDownStillLetsTheAppStartAndStayAlive()
    {
        var dead = FreePort.Next();
        await using var app = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["services:predictor:http:0"] = $"http://127.0.0.1:{dead}" },
            builder => builder.Services.AddHttpClient("predictor", c => c.BaseAddress = new Uri("http://predictor")));

        using var alive = await app.Http.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task TheEnvironmentVariableAspireInjectsIsEnough()
    {
        await using var backend = await Backend.RespondingAsync("from-env");
        // A service name no other test uses: environment variables are process-wide.
        var variable = $"services__envprobe{Environment.ProcessId}__http__0";
        Environment.SetEnvironmentVariable(variable, backend.Url);
        try
        {
            await using var app = await TestApp.StartAsync();
            var client = app.Services.GetRequiredService<IHttpClientFactory>().CreateClient();

            Assert.Equal("from-env", await client.GetStringAsync($"http://envprobe{Environment.ProcessId}/"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
