using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hosting.Integrations.Prometheus;

// Ready is not enough for people who open Prometheus (or query it) the moment the AppHost says
// "up": until a target's first scrape its `up` series does not exist, and each target's first
// scrape comes at a hash-based offset within the scrape interval. So a Prometheus process counts
// as healthy once every target has been scraped at least once; after that (targets later down,
// or added by a reload) only its readiness matters, so it never flaps with its targets.
// Right after /-/ready the target list is still empty (Prometheus 2.x hands discovered targets to
// the scrapers on a 5 s cadence), so the gate needs every expected target listed. Jobs whose
// resource waits for Prometheus cannot be up yet and are left out: gating on them would deadlock
// nothing but would add a scrape interval for a guaranteed "down".
public sealed class PrometheusTargetsProbe(Func<IReadOnlyDictionary<string, int>> expectedReplicasByJob)
{
    // Prometheus processes (base URL + start time) that have passed the first-scrape gate.
    private readonly ConcurrentDictionary<string, bool> _passed = new();

    public async Task<HealthCheckResult> CheckAsync(HttpClient http, string baseUrl, CancellationToken cancellationToken)
    {
        try
        {
            var runtime = await http.GetFromJsonAsync<JsonElement>($"{baseUrl}/api/v1/status/runtimeinfo", cancellationToken);
            var process = $"{baseUrl} {runtime.GetProperty("data").GetProperty("startTime").GetString()}";
            if (_passed.ContainsKey(process)) return HealthCheckResult.Healthy("every target was scraped at least once");

            var body = await http.GetFromJsonAsync<JsonElement>($"{baseUrl}/api/v1/targets?state=active", cancellationToken);
            var jobs = expectedReplicasByJob();
            var targets = body.GetProperty("data").GetProperty("activeTargets").EnumerateArray()
                .Where(t => jobs.ContainsKey(t.GetProperty("labels").GetProperty("job").GetString() ?? "")).ToList();
            var expected = jobs.Values.Sum();
            if (targets.Count < expected) return HealthCheckResult.Unhealthy($"{targets.Count} of {expected} targets discovered");
            var pending = targets.Count(t => t.GetProperty("health").GetString() == "unknown");
            if (pending > 0) return HealthCheckResult.Unhealthy($"{pending} of {targets.Count} targets not scraped yet");
            _passed[process] = true;
            return HealthCheckResult.Healthy($"all {targets.Count} targets scraped at least once");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"GET {baseUrl}/api/v1 failed: {e.Message}");
        }
    }
}
