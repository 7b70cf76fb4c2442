using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using TestSupport;

namespace Api.Tests.Support;

// Real redis-server + real Predictor on loopback + the Api wired to both, as the AppHost would.
public sealed class ServicesFixture(
    IReadOnlyDictionary<string, string?>? extraSettings = null,
    Action<IWebHostBuilder>? configureApi = null,
    Action<IWebHostBuilder>? configurePredictor = null) : IAsyncLifetime
{
    public RedisServer Redis { get; } = new();
    public PredictorHost Predictor { get; private set; } = null!;
    public ApiFactory Api { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Redis.InitializeAsync();
        Predictor = PredictorHost.Start(configurePredictor);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:cache"] = Redis.ConnectionString,
            ["services:predictor:http:0"] = Predictor.Url,
            // Long enough that no entry expires during a test: hit/miss counts are then exact.
            ["Cache:TimeToLive"] = "01:00:00",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>()) settings[key] = value;
        Api = new ApiFactory(settings, configureApi);
        Client = Api.CreateClient();
        Client.Timeout = TimeSpan.FromSeconds(20);
    }

    public async Task<JsonElement> HealthAsync()
    {
        using var response = await Client.GetAsync("/health");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (Api is not null) await Api.DisposeAsync();
        if (Predictor is not null) await Predictor.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
