using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reliability.Tests.Support;

// Instant queries at one fixed evaluation time, so several queries see the same scrape.
public static class PrometheusSnapshot
{
    public static async Task<IReadOnlyList<(IReadOnlyDictionary<string, string> Labels, double Value)>> VectorAtAsync(
        this PrometheusQueryClient prometheus, string promql, double time)
    {
        var url = $"api/v1/query?query={Uri.EscapeDataString(promql)}&time={time.ToString(CultureInfo.InvariantCulture)}";
        var response = await prometheus.Http.GetFromJsonAsync<JsonElement>(url);
        return [.. response.GetProperty("data").GetProperty("result").EnumerateArray().Select(s => (
            (IReadOnlyDictionary<string, string>)s.GetProperty("metric").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? ""),
            double.Parse(s.GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture)))];
    }

    public static double Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;

    // Polls until the query's value (empty counts as 0) equals the expected one; returns it.
    public static async Task WaitForTotalAsync(this PrometheusQueryClient prometheus, string promql, double expected, TimeSpan timeout) =>
        await prometheus.WaitForValueAsync($"({promql}) or vector(0)", expected, timeout);
}
