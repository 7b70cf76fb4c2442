using System.Net.ServerSentEvents;
using System.Text.Json;

namespace Dashboard.Tests.Support;

public static class ServerSentEvents
{
    // Reads events from a live stream until `done` says so; `onEvent` runs after each one (to cause the next).
    public static async Task<List<(string Type, JsonElement Data)>> ReadUntilAsync(HttpClient client, string path,
        Func<List<(string Type, JsonElement Data)>, bool> done, TimeSpan timeout, Action<int>? onEvent = null)
    {
        using var cts = new CancellationTokenSource(timeout);
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cts.Token);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = new List<(string, JsonElement)>();
        await using var stream = await response.Content.ReadAsStreamAsync(cts.Token);
        await foreach (var item in SseParser.Create(stream).EnumerateAsync(cts.Token))
        {
            events.Add((item.EventType, JsonDocument.Parse(item.Data).RootElement.Clone()));
            if (done(events)) return events;
            onEvent?.Invoke(events.Count);
        }
        return events;
    }
}
