using System.Net.Http.Json;
using System.Text.Json;

namespace Distributed.Tests.Queries;

public sealed record LoadedRule(string Name, string Type, string Health, string? LastError);

public sealed record LoadedRuleGroup(string Name, DateTimeOffset LastEvaluation);

// Prometheus' /api/v1/rules: which rules the running server loaded and how their last evaluation went.
public static class PrometheusRuleStatus
{
    public static async Task<IReadOnlyList<LoadedRuleGroup>> LoadGroupsAsync(HttpClient prometheus) =>
    [
        .. (await GroupsAsync(prometheus)).Select(g => new LoadedRuleGroup(
            g.GetProperty("name").GetString() ?? "",
            g.GetProperty("lastEvaluation").GetDateTimeOffset())),
    ];

    public static async Task<IReadOnlyList<LoadedRule>> LoadAsync(HttpClient prometheus) =>
    [
        .. (await GroupsAsync(prometheus))
                .SelectMany(g => g.GetProperty("rules").EnumerateArray())
                .Select(r => new LoadedRule(
                    r.GetProperty("name").GetString() ?? "",
                    r.GetProperty("type").GetString() ?? "",
                    r.GetProperty("health").GetString() ?? "",
                    r.TryGetProperty("lastError", out var error) ? error.GetString() : null)),
    ];

    private static async Task<IReadOnlyList<JsonElement>> GroupsAsync(HttpClient prometheus)
    {
        var response = await prometheus.GetFromJsonAsync<JsonElement>("api/v1/rules");
        return [.. response.GetProperty("data").GetProperty("groups").EnumerateArray()];
    }
}
