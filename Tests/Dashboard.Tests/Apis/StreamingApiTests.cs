using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Apis;

public sealed class StreamingApiTests : IAsyncLifetime
{
    private DashboardFixture _dashboard = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _dashboard = await DashboardFixture.StartAsync();
        _dashboard.Backend.Publish(InMemoryBackend.Resource("api"));
        _dashboard.Backend.Publish(InMemoryBackend.Resource("predictor", replicas: 2));
        _client = await _dashboard.LoggedInAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _dashboard.DisposeAsync();
    }

    [Fact]
    public async Task EventsSendEveryResourceThenEachChange()
    {
        var events = await ServerSentEvents.ReadUntilAsync(_client, "/api/events", e => e.Count == 3, TimeSpan.FromSeconds(20),
            onEvent: n => { if (n == 2) _dashboard.Backend.Publish(InMemoryBackend.Resource("api", state: "Exited")); });
        Assert.All(events, e => Assert.Equal("resource", e.Type));
        Assert.Equal(["api", "predictor", "api"], events.Select(e => e.Data.GetProperty("name").GetString()));
        Assert.Equal("Running", events[0].Data.GetProperty("state").GetString());
        Assert.Equal("Exited", events[2].Data.GetProperty("state").GetString());
    }

    [Fact]
    public async Task LogsComeBackWithoutAnsiColours()
    {
        _dashboard.Backend.WriteLog("api", "\u001b[32minfo\u001b[39m: Now listening on: http://127.0.0.1:8000");
        _dashboard.Backend.WriteLog("api", "boom", stream: "stderr");
        var logs = await _client.GetFromJsonAsync<JsonElement>("/api/resources/api/logs");
        var lines = logs.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal("info: Now listening on: http://127.0.0.1:8000", lines[0].GetProperty("text").GetString());
        Assert.Equal("stderr", lines[1].GetProperty("stream").GetString());
        Assert.True(lines[1].GetProperty("sequence").GetInt64() > lines[0].GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task TheLogStreamSendsRetainedLinesThenLiveOnes()
    {
        _dashboard.Backend.WriteLog("api", "before");
        var events = await ServerSentEvents.ReadUntilAsync(_client, "/api/resources/api/logs/stream", e => e.Count == 2, TimeSpan.FromSeconds(20),
            onEvent: n => { if (n == 1) _dashboard.Backend.WriteLog("api", "\u001b[1mafter\u001b[0m"); });
        Assert.Equal(["before", "after"], events.Select(e => e.Data.GetProperty("text").GetString()));
        Assert.All(events, e => Assert.Equal("log", e.Type));
    }

    [Fact]
    public async Task StoppingTheDashboardEndsOpenEventStreams()
    {
        using var response = await _client.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var reading = Task.Run(async () =>
        {
            var buffer = new byte[4096];
            try
            {
                while (await stream.ReadAsync(buffer) > 0) { }
            }
            catch (Exception e) when (e is IOException or HttpRequestException)
            {
                // An aborted connection is an ended stream too.
            }
        });
        // Well under the host's 30 s shutdown timeout, which an open stream would otherwise hold up.
        await _dashboard.Server.StopAsync().WaitAsync(TimeSpan.FromSeconds(10));
        await reading.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
