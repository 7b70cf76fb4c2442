using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Aspire.Hosting.Testing;

// Prometheus' HTTP API as tests use it: instant queries, and waits for an exact value (scrapes are
// asynchronous, so a test polls until Prometheus agrees, with a deadline).
public sealed class PrometheusQueryClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    // The "result" array of an instant query.
    public async Task<JsonElement> QueryAsync(string promql, CancellationToken cancellationToken = default)
    {
        var response = await Http.GetFromJsonAsync<JsonElement>($"api/v1/query?query={Uri.EscapeDataString(promql)}", cancellationToken);
        if (response.GetProperty("status").GetString() != "success")
            throw new InvalidOperationException($"query failed: {promql}: {response}");
        return response.GetProperty("data").GetProperty("result");
    }

    // The first sample's value, or null when the result is empty.
    public async Task<double?> ScalarAsync(string promql, CancellationToken cancellationToken = default)
    {
        var result = await QueryAsync(promql, cancellationToken);
        return result.GetArrayLength() == 0 ? null : Value(result[0]);
    }

    // Every series of the result as (labels, value).
    public async Task<IReadOnlyList<(IReadOnlyDictionary<string, string> Labels, double Value)>> VectorAsync(string promql,
        CancellationToken cancellationToken = default)
    {
        var result = await QueryAsync(promql, cancellationToken);
        return [.. result.EnumerateArray().Select(s => ((IReadOnlyDictionary<string, string>)Labels(s.GetProperty("metric")), Value(s)))];
    }

    // Exemplars of the series the expression selects, stored between start and end (Prometheus keeps them only
    // with --enable-feature=exemplar-storage).
    public async Task<IReadOnlyList<PrometheusExemplar>> ExemplarsAsync(string promql, DateTimeOffset start, DateTimeOffset end,
        CancellationToken cancellationToken = default)
    {
        var response = await Http.GetFromJsonAsync<JsonElement>(
            $"api/v1/query_exemplars?query={Uri.EscapeDataString(promql)}&start={start.ToUnixTimeSeconds()}&end={end.ToUnixTimeSeconds()}",
            cancellationToken);
        if (response.GetProperty("status").GetString() != "success")
            throw new InvalidOperationException($"exemplar query failed: {promql}: {response}");
        return [.. response.GetProperty("data").EnumerateArray().SelectMany(series => series.GetProperty("exemplars").EnumerateArray()
            .Select(e => new PrometheusExemplar(Labels(series.GetProperty("seriesLabels")), Labels(e.GetProperty("labels")),
                double.Parse(e.GetProperty("value").GetString()!, CultureInfo.InvariantCulture),
                DateTimeOffset.FromUnixTimeMilliseconds((long)(e.GetProperty("timestamp").GetDouble() * 1000)))))];
    }

    // Polls until the expression has exactly the expected value; throws with the last value on timeout.
    public async Task WaitForValueAsync(string promql, double expected, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        double? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await ScalarAsync(promql, cancellationToken);
            if (last == expected) return;
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException($"`{promql}` was {last?.ToString(CultureInfo.InvariantCulture) ?? "empty"} after " +
                                   $"{timeout.TotalSeconds:0.#}s, expected {expected.ToString(CultureInfo.InvariantCulture)}.");
    }

    // /api/v1/alerts: every alert that is pending or firing now, with its labels (resolved ones are gone).
    public async Task<IReadOnlyList<PrometheusAlert>> AlertsAsync(CancellationToken cancellationToken = default)
    {
        var response = await Http.GetFromJsonAsync<JsonElement>("api/v1/alerts", cancellationToken);
        return [.. response.GetProperty("data").GetProperty("alerts").EnumerateArray().Select(a => new PrometheusAlert(
            Labels(a.GetProperty("labels")),
            a.GetProperty("state").GetString() ?? ""))];
    }

    private static Dictionary<string, string> Labels(JsonElement labels) =>
        labels.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");

    private static double Value(JsonElement sample) =>
        double.Parse(sample.GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture);

    public void Dispose() => Http.Dispose();
}

// One active alert: its labels (alertname, the expression's labels, severity) and state (pending or firing).
public sealed record PrometheusAlert(IReadOnlyDictionary<string, string> Labels, string State)
{
    public string Name => Labels.TryGetValue("alertname", out var name) ? name : "";
    public bool IsFiring => State == "firing";
}
