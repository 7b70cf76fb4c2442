using System.Net.Http.Headers;
using Backtest.Model;
using Microsoft.Extensions.Options;
using Prometheus;

namespace Backtest.Pushing;

// Sends a registry to the Pushgateway once and says whether it arrived. prometheus-net writes the
// exposition text; the request is ours because its MetricPusher is a periodic loop that reports
// failures on a background callback, and a batch job needs the one push's outcome for its exit code.
public sealed class PushgatewayClient(HttpClient http, IOptions<BacktestOptions> options, IConfiguration configuration)
{
    // Aspire's service discovery turns this name into services__pushgateway__http__0.
    public const string ServiceName = "pushgateway";
    public const string EndpointVariable = $"services__{ServiceName}__http__0";

    // Checked before the replay, so a job without a Pushgateway fails at once with the variable to set,
    // whichever service discovery implementation resolves the name later.
    public bool HasEndpoint =>
        configuration.GetSection($"services:{ServiceName}").GetChildren().Any(scheme => scheme.GetChildren().Any(e => !string.IsNullOrWhiteSpace(e.Value)));

    private static readonly MediaTypeHeaderValue TextFormat = MediaTypeHeaderValue.Parse("text/plain; version=0.0.4; charset=utf-8");

    public string GroupPath => GroupingKey.PathFor(options.Value.Job, GroupLabels());

    // POST, not PUT: it replaces only the metric families it carries, so a failure marker leaves the
    // last success's metrics in the group instead of wiping them.
    public async Task PushAsync(CollectorRegistry registry, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await registry.CollectAndExportAsTextAsync(body, cancellationToken);
        using var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = TextFormat;
        using var response = await http.PostAsync(GroupPath, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var reason = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"The Pushgateway refused the push to {GroupPath}: {(int)response.StatusCode} {reason.Trim()}",
                null, response.StatusCode);
        }
    }

    private IEnumerable<KeyValuePair<string, string>> GroupLabels()
    {
        if (!string.IsNullOrEmpty(options.Value.Instance)) yield return new("instance", options.Value.Instance);
    }
}
