using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hosting.Orchestration;

public static class HttpHealthProbe
{
    public static async Task<HealthCheckResult> CheckAsync(HttpClient http, string url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy($"GET {url} -> {(int)response.StatusCode}")
                : HealthCheckResult.Unhealthy($"GET {url} -> {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy($"GET {url} failed: {e.Message}");
        }
    }
}
