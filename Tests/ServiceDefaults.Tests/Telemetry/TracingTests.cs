using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using ServiceDefaults.Tests.Support;

namespace ServiceDefaults.Tests.Telemetry;

[Collection(AppCollection.Name)]
public sealed class TracingTests
{
    [Fact]
    public async Task IncomingRequestsAreRecordedThroughTheAspNetCoreActivitySource()
    {
        await using var app = await TestApp.StartAsync(mapEndpoints: a =>
            a.MapGet("/trace", () => $"{Activity.Current?.Source.Name}|{Activity.Current?.Recorded}"));

        Assert.Equal("Microsoft.AspNetCore|True", await app.Http.GetStringAsync("/trace"));
    }

    [Fact]
    public async Task OutgoingCallsCarryTheTraceContextToTheBackend()
    {
        await using var backend = await Backend.StartAsync((ctx, _) =>
            Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(ctx.Response, ctx.Request.Headers.TraceParent.ToString()));
        await using var app = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["services:backend:http:0"] = backend.Url },
            mapEndpoints: a => a.MapGet("/call", async (IHttpClientFactory clients) =>
                $"{Activity.Current?.TraceId}|{await clients.CreateClient().GetStringAsync("http://backend/")}"));

        var parts = (await app.Http.GetStringAsync("/call")).Split('|');

        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", parts[1]);
        Assert.Equal(parts[0], parts[1].Split('-')[1]);
    }
}
