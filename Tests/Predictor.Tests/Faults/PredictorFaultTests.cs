using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Predictor.Tests.Support;
using TestSupport;

namespace Predictor.Tests.Faults;

// The faults the AppHost's dashboard switches on, as the predictor reads them: a JSON file (Faults:File)
// reloaded when it changes, each fault with an expiry on the service's clock.
public sealed class PredictorFaultTests : IDisposable
{
    private static readonly DateTimeOffset Now = PredictorFactory.Instant;
    private readonly TempDirectory _directory = new();
    private readonly PredictorFactory _factory = new();

    private string FaultsFile => _directory.File("faults.json");

    private WebApplicationFactory<Program> Predictor() =>
        _factory.WithWebHostBuilder(b => b.UseSetting("Faults:File", FaultsFile));

    [Fact]
    public async Task WithEveryPredictionFailingThePredictorAnswers500ProblemJson()
    {
        Write(("PredictorErrors", "Percent", 100, Now.AddMinutes(10)));
        using var client = Predictor().CreateClient();

        using var response = await client.GetAsync("/predict/AAPL?model=normal");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Injected fault", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(61)]
    public async Task AFaultThatHasExpiredOrEndsMoreThanAnHourAwayIsIgnored(int minutesFromNow)
    {
        Write(("PredictorErrors", "Percent", 100, Now.AddMinutes(minutesFromNow)));
        using var client = Predictor().CreateClient();

        using var response = await client.GetAsync("/predict/AAPL?model=normal");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task LatencyDelaysEveryPredictionByTheMilliseconds()
    {
        Write(("PredictorLatency", "Milliseconds", 300, Now.AddMinutes(10)));
        using var client = Predictor().CreateClient();

        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync("/predict/MSFT?model=normal");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.ElapsedMilliseconds >= 300, $"answered after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task ARunningPredictorFollowsTheFileAsTheDashboardSwitchesTheFaultOnAndOff()
    {
        Write();
        using var client = Predictor().CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/predict/AAPL")).StatusCode);

        Write(("PredictorErrors", "Percent", 100, Now.AddMinutes(10)));
        await Eventually.TrueAsync(async () => (await client.GetAsync("/predict/AAPL")).StatusCode == HttpStatusCode.InternalServerError,
            TimeSpan.FromSeconds(20), "the errors fault to apply");

        Write();
        await Eventually.TrueAsync(async () => (await client.GetAsync("/predict/AAPL")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(20), "the errors fault to be cleared");
    }

    // As the AppHost writes it: to a temporary name, then renamed over the file.
    private void Write(params (string Fault, string Key, int Value, DateTimeOffset Until)[] faults)
    {
        var sections = string.Join(",", faults.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"\"{f.Fault}\": {{\"Until\": \"{f.Until.UtcDateTime:O}\", \"{f.Key}\": {f.Value}}}")));
        File.WriteAllText(FaultsFile + ".tmp", $"{{\"Faults\": {{{sections}}}}}");
        File.Move(FaultsFile + ".tmp", FaultsFile, overwrite: true);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _directory.Dispose();
    }
}
