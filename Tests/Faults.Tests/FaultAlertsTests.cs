using System.Net;
using TestSupport;

namespace Faults.Tests;

// Each dashboard fault, injected under traffic, makes the alert it names reach `firing` in Prometheus, and
// clearing it makes the alert resolve. Timing comes from the test profile (FaultsFixture).
[Collection(FaultsCollection.Name)]
public sealed class FaultAlertsTests(FaultsFixture system)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(120);

    [Fact]
    public Task PredictorLatencyFiresHighLatencyP95ForThePredictorAndResolvesWhenCleared() =>
        FiresThenResolvesAsync("predictor", "PredictorLatency", new() { ["job"] = "predictor", ["http_route"] = "/predict/{ticker}" });

    [Fact]
    public async Task PredictorErrorsFireHighErrorRateForThePredictorWhileTheApiAnswers503ProblemJson()
    {
        await FiresThenResolvesAsync("predictor", "PredictorErrors", new() { ["job"] = "predictor" }, whileFiring: async () =>
        {
            // The api retries a failed prediction, and answers what still fails with 503 problem+json.
            var answer = await Eventually.ValueAsync(async () =>
            {
                using var response = await system.Api.GetAsync("/predict/NFLX?model=earnings");
                return (response.StatusCode, response.Content.Headers.ContentType?.MediaType);
            }, a => a.StatusCode != HttpStatusCode.OK, Wait, "an api answer that the injected errors got through");
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "application/problem+json"), answer);
        });
        Assert.Empty(await system.Prometheus.VectorAsync(
            "http_server_request_duration_seconds_count{job=\"api\", http_response_status_code=~\"5..\", http_response_status_code!=\"503\"}"));
        Assert.True(await system.Prometheus.ScalarAsync("sum(traffic_requests_total{route=\"/predict/{ticker}\", status_class=\"5xx\"})") > 0,
            "the traffic generator counted the 503s it got");
    }

    [Fact]
    public Task RedisOutageFiresCacheErrorsAndResolvesOnceRedisIsBack() =>
        FiresThenResolvesAsync("cache", "Outage", new() { ["job"] = "api", ["operation"] = "get" }, whileFiring: async () =>
        {
            using var response = await system.Api.GetAsync("/predict/AAPL?model=normal");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await AlertsPicture.TakeAsync(system.Prometheus.Http.BaseAddress!, "prometheus-alert-firing");
        });

    [Fact]
    public Task DisabledCacheFiresCacheHitRatioLowAndResolvesWhenCleared() =>
        FiresThenResolvesAsync("api", "CacheDisabled", new() { ["job"] = "api", ["cache"] = "predictions" });

    private async Task FiresThenResolvesAsync(string resource, string faultName, Dictionary<string, string> labels, Func<Task>? whileFiring = null)
    {
        var fault = system.Fault(resource, faultName);
        await Eventually.TrueAsync(async () => !await IsFiringAsync(fault.Alert, labels), Wait, $"{fault.Alert} not firing before the fault");

        await system.RunCommandAsync(resource, fault.InjectCommand);
        try
        {
            await system.WaitForFaultPropertyAsync(resource, fault, shown: true);
            await Eventually.TrueAsync(() => IsFiringAsync(fault.Alert, labels), Wait, $"{fault.Alert} firing after {fault.InjectCommand}");
            if (whileFiring is not null) await whileFiring();
        }
        finally
        {
            await system.RunCommandAsync(resource, fault.ClearCommand);
        }

        await system.WaitForFaultPropertyAsync(resource, fault, shown: false);
        await Eventually.TrueAsync(async () => !await IsFiringAsync(fault.Alert, labels), Wait, $"{fault.Alert} resolved after {fault.ClearCommand}");
    }

    private async Task<bool> IsFiringAsync(string alert, Dictionary<string, string> labels) =>
        (await system.Prometheus.AlertsAsync()).Any(a => a.IsFiring && a.Name == alert
            && labels.All(l => a.Labels.TryGetValue(l.Key, out var value) && value == l.Value));
}
