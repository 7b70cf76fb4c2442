using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ServiceDefaults.Tests.Support;
using TestSupport;

namespace ServiceDefaults.Tests.Resilience;

// The standard resilience handler (Microsoft.Extensions.Http.Resilience) on every HttpClient, tuned through the
// "Resilience" section (HttpStandardResilienceOptions), in front of service discovery.
[Collection(AppCollection.Name)]
public sealed class ResilienceHandlerTests
{
    private static async Task<(TestApp App, HttpClient Client)> StartClientAsync(Backend backend, Dictionary<string, string?> resilience)
    {
        resilience["services:flaky:http:0"] = backend.Url;
        resilience.TryAdd("Resilience:Retry:Delay", "00:00:00.010");
        var app = await TestApp.StartAsync(resilience,
            b => b.Services.AddHttpClient("flaky", c => c.BaseAddress = new Uri("http://flaky")));
        return (app, app.Services.GetRequiredService<IHttpClientFactory>().CreateClient("flaky"));
    }

    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsync(status.ToString());
    }

    private static async Task Hang(HttpContext context)
    {
        // Hangs until the client gives up (the request is aborted), or 30 s at most.
        try { await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted); } catch (OperationCanceledException) { }
    }

    [Fact]
    public async Task GetIsRetriedUntilTheFlakyBackendSucceeds()
    {
        await using var backend = await Backend.StartAsync((ctx, n) => Status(ctx, n <= 2 ? 503 : 200));
        var (app, client) = await StartClientAsync(backend, new() { ["Resilience:Retry:MaxRetryAttempts"] = "3" });
        await using var _ = app;

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, backend.Requests);
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    public async Task TransientStatusCodesAreRetried(int status)
    {
        await using var backend = await Backend.StartAsync((ctx, n) => Status(ctx, n == 1 ? status : 200));
        var (app, client) = await StartClientAsync(backend, new());
        await using var _ = app;

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, backend.Requests);
    }

    [Fact]
    public async Task RetryAfterFromTheServerReplacesTheBackoff()
    {
        await using var backend = await Backend.StartAsync((ctx, n) =>
        {
            if (n == 1) ctx.Response.Headers.RetryAfter = "0";
            return Status(ctx, n == 1 ? 429 : 200);
        });
        // The configured backoff alone (10 s) would run into the 3 s total timeout.
        var (app, client) = await StartClientAsync(backend, new()
        {
            ["Resilience:Retry:Delay"] = "00:00:10",
            ["Resilience:AttemptTimeout:Timeout"] = "00:00:01",
            ["Resilience:TotalRequestTimeout:Timeout"] = "00:00:03",
        });
        await using var _ = app;

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, backend.Requests);
    }

    [Fact]
    public async Task ClientErrorsAreNotRetried()
    {
        await using var backend = await Backend.StartAsync((ctx, _) => Status(ctx, 404));
        var (app, client) = await StartClientAsync(backend, new());
        await using var _ = app;

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, backend.Requests);
    }

    [Fact]
    public async Task PostIsNotRetriedBecauseItMayNotBeIdempotent()
    {
        await using var backend = await Backend.StartAsync((ctx, _) => Status(ctx, 503));
        var (app, client) = await StartClientAsync(backend, new());
        await using var _ = app;

        using var response = await client.PostAsync("/", new StringContent("order"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, backend.Requests);
    }

    [Fact]
    public async Task CircuitOpensAfterRepeatedFailuresAndStopsCallingTheBackend()
    {
        await using var backend = await Backend.StartAsync((ctx, _) => Status(ctx, 500));
        var (app, client) = await StartClientAsync(backend, new()
        {
            ["Resilience:Retry:MaxRetryAttempts"] = "1",
            ["Resilience:CircuitBreaker:MinimumThroughput"] = "4",
            ["Resilience:CircuitBreaker:FailureRatio"] = "0.5",
            ["Resilience:CircuitBreaker:BreakDuration"] = "00:01:00",
        });
        await using var _ = app;

        var error = await Eventually.ValueAsync(async () =>
        {
            try
            {
                using var response = await client.GetAsync("/");
                return null;
            }
            catch (BrokenCircuitException e)
            {
                return e;
            }
        }, e => e is not null, TimeSpan.FromSeconds(20), "the circuit to open");
        var callsWhenOpen = backend.Requests;
        await Assert.ThrowsAsync<BrokenCircuitException>(() => client.GetAsync("/"));

        Assert.NotNull(error);
        Assert.InRange(callsWhenOpen, 4, 8);
        Assert.Equal(callsWhenOpen, backend.Requests);
    }

    [Fact]
    public async Task AttemptTimeoutCutsASlowCallShortAndReportsTheTimeout()
    {
        await using var backend = await Backend.StartAsync((ctx, _) => Hang(ctx));
        var (app, client) = await StartClientAsync(backend, new()
        {
            ["Resilience:AttemptTimeout:Timeout"] = "00:00:00.200",
            ["Resilience:TotalRequestTimeout:Timeout"] = "00:00:05",
            ["Resilience:Retry:MaxRetryAttempts"] = "1",
        });
        await using var _ = app;
        var started = TimeProvider.System.GetTimestamp();

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => client.GetAsync("/"));

        Assert.Equal(2, backend.Requests);
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(5), "the attempt timeout, not the total timeout, fired");
    }

    [Fact]
    public async Task TotalTimeoutBoundsAllAttempts()
    {
        // The first call answers (it warms up the client, so a cold start does not eat the budget); later ones hang.
        await using var backend = await Backend.StartAsync((ctx, n) => n == 1 ? Status(ctx, 200) : Hang(ctx));
        // Six attempts of 200 ms each (plus backoff) would take over 1.4 s; the total budget of 500 ms stops them
        // after the third at most.
        var (app, client) = await StartClientAsync(backend, new()
        {
            ["Resilience:AttemptTimeout:Timeout"] = "00:00:00.200",
            ["Resilience:TotalRequestTimeout:Timeout"] = "00:00:00.500",
            ["Resilience:Retry:MaxRetryAttempts"] = "5",
        });
        await using var _ = app;
        (await client.GetAsync("/")).Dispose();
        var started = TimeProvider.System.GetTimestamp();

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => client.GetAsync("/"));

        Assert.InRange(backend.Requests - 1, 1, 3);
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(1.4), "the total timeout ended the retries");
    }

    [Fact]
    public async Task ConnectionFailuresAreRetriedOnTheNextReplica()
    {
        await using var good = await Backend.RespondingAsync("good");
        var dead = $"http://127.0.0.1:{FreePort.Next()}";
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["services:pair:http:0"] = dead,
            ["services:pair:http:1"] = good.Url,
            ["Resilience:Retry:Delay"] = "00:00:00.010",
        });
        var client = app.Services.GetRequiredService<IHttpClientFactory>().CreateClient();

        for (var i = 0; i < 4; i++) Assert.Equal("good", await client.GetStringAsync("http://pair/"));
    }
}
