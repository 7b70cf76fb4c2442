using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Hosting.Dashboard.Prometheus;

/// <summary>Label values for Grafana's label_values() variables; no Prometheus or an error means no options.</summary>
internal sealed class PrometheusLabels(HttpClient http, IDashboardBackend backend)
{
    public async Task<IReadOnlyList<string>> ValuesAsync(string label, string? selector, CancellationToken cancellationToken)
    {
        if (backend.GetLinks().PrometheusUrl is not { } baseUrl) return [];
        var url = $"{baseUrl.TrimEnd('/')}/api/v1/label/{Uri.EscapeDataString(label)}/values";
        if (selector is not null) url = QueryHelpers.AddQueryString(url, "match[]", selector);
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            if (!response.IsSuccessStatusCode) return [];
            using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
            return json.RootElement.GetProperty("data").EnumerateArray().Select(v => v.GetString() ?? "").Where(v => v.Length > 0).ToList();
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return [];
        }
    }
}
