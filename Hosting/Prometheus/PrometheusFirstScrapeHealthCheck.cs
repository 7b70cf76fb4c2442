using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aspire.Hosting;

// Ready is not enough for whoever queries Prometheus the moment the app is up: until a target's
// first scrape its `up` series does not exist. So a Prometheus process is healthy once /-/ready
// answers and every instance listed in its discovery files has been scraped at least once; after
// that only readiness counts, so it never flaps with its targets. Resources that wait for
// Prometheus are not running yet, hence not listed, hence not waited for.
public sealed class PrometheusFirstScrapeHealthCheck(IPrometheusResource prometheus) : IHealthCheck
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly ConcurrentDictionary<string, bool> _passed = new();

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var baseUrl = prometheus.GetEndpoint("http").Url;
        try
        {
            using var ready = await Http.GetAsync($"{baseUrl}/-/ready", cancellationToken);
            if (!ready.IsSuccessStatusCode) return HealthCheckResult.Unhealthy($"/-/ready answered {(int)ready.StatusCode}");
            var runtime = await Http.GetFromJsonAsync<JsonElement>($"{baseUrl}/api/v1/status/runtimeinfo", cancellationToken);
            var process = runtime.GetProperty("data").GetProperty("startTime").GetString() ?? "";
            if (_passed.ContainsKey(process)) return HealthCheckResult.Healthy("ready; every target was scraped at least once");

            var expected = prometheus.Files.Targets.SelectMany(job => job.Value.Keys.Select(instance => (job.Key, instance))).ToList();
            var body = await Http.GetFromJsonAsync<JsonElement>($"{baseUrl}/api/v1/targets?state=active", cancellationToken);
            var scraped = body.GetProperty("data").GetProperty("activeTargets").EnumerateArray()
                .Where(t => t.GetProperty("health").GetString() != "unknown")
                .Select(t => (t.GetProperty("labels").GetProperty("job").GetString(), t.GetProperty("labels").GetProperty("instance").GetString()))
                .ToHashSet();
            var pending = expected.Where(t => !scraped.Contains(t)).Select(t => $"{t.Item1}/{t.instance}").ToList();
            if (pending.Count > 0) return HealthCheckResult.Unhealthy($"not scraped yet: {string.Join(", ", pending)}");
            _passed[process] = true;
            return HealthCheckResult.Healthy($"ready; all {expected.Count} targets scraped at least once");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"{baseUrl}: {e.Message}");
        }
    }
}
