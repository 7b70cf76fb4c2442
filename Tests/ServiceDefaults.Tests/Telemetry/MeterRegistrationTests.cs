using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using ServiceDefaults.Tests.Support;

namespace ServiceDefaults.Tests.Telemetry;

[Collection(AppCollection.Name)]
public sealed class MeterRegistrationTests
{
    private const string OrdersMeter = "Tests.Orders";

    private static Task<TestApp> StartWithOrdersMeterAsync() => TestApp.StartAsync(
        configureServices: b => b.Services.ConfigureOpenTelemetryMeterProvider(m => m.AddMeter(OrdersMeter)),
        mapEndpoints: app => app.MapPost("/orders", (IMeterFactory meters) =>
        {
            meters.Create(OrdersMeter).CreateCounter<long>("orders.placed", description: "Orders placed.").Add(1, new KeyValuePair<string, object?>("channel", "web"));
            return TypedResults.Accepted("/orders/1");
        }));

    [Fact]
    public async Task ServiceMeterAddedThroughConfigureOpenTelemetryMeterProviderIsScraped()
    {
        await using var app = await StartWithOrdersMeterAsync();
        for (var i = 0; i < 3; i++) (await app.Http.PostAsync("/orders", null)).EnsureSuccessStatusCode();

        var scrape = await Scrape.FetchAsync(app.Http);

        var placed = scrape.Single("orders_placed_total");
        Assert.Equal(3, placed.Value);
        Assert.Equal("web", placed.Labels["channel"]);
    }

    [Fact]
    public async Task MeterNotRegisteredWithTheProviderIsNotScraped()
    {
        await using var app = await TestApp.StartAsync(mapEndpoints: a => a.MapGet("/x", (IMeterFactory meters) =>
        {
            meters.Create("Tests.Unregistered").CreateCounter<long>("unregistered.calls").Add(1);
            return TypedResults.Ok();
        }));
        (await app.Http.GetAsync("/x")).EnsureSuccessStatusCode();

        var scrape = await Scrape.FetchAsync(app.Http);

        Assert.Empty(scrape.Named("unregistered_calls_total"));
    }

    [Fact]
    public async Task ProvidersStartWithTheAppAndAreDisposedAtShutdown()
    {
        var app = await StartWithOrdersMeterAsync();
        var counter = app.Services.GetRequiredService<IMeterFactory>().Create(OrdersMeter).CreateCounter<long>("orders.probe");
        Assert.True(counter.Enabled, "the MeterProvider listens as soon as the app has started");
        Assert.NotNull(app.Services.GetService<OpenTelemetry.Trace.TracerProvider>());

        await app.DisposeAsync();

        Assert.False(counter.Enabled, "disposing the app disposes the MeterProvider and its listener");
    }

    [Fact]
    public async Task ServerRequestDurationUsesSecondScaleBuckets()
    {
        await using var app = await TestApp.StartAsync(mapEndpoints: a => a.MapGet("/ping", () => "pong"));
        (await app.Http.GetAsync("/ping")).EnsureSuccessStatusCode();

        var scrape = await Scrape.FetchAsync(app.Http);

        var bounds = scrape.Named("http_server_request_duration_seconds_bucket")
            .Where(s => s.Labels.GetValueOrDefault("http_route") == "/ping")
            .Select(s => s.Labels["le"])
            .ToList();
        Assert.Equal(["0.005", "0.01", "0.025", "0.05", "0.075", "0.1", "0.25", "0.5", "0.75", "1", "2.5", "5", "7.5", "10", "+Inf"], bounds);
    }
}
