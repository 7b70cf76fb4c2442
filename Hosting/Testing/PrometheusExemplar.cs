namespace Aspire.Hosting.Testing;

// One exemplar as /api/v1/query_exemplars returns it: the series it belongs to (e.g. a histogram bucket with
// its `le`), its own labels (`trace_id`, `span_id` from OpenTelemetry), the value and when it was recorded.
public sealed record PrometheusExemplar(
    IReadOnlyDictionary<string, string> SeriesLabels,
    IReadOnlyDictionary<string, string> Labels,
    double Value,
    DateTimeOffset Timestamp)
{
    public string? TraceId => Labels.GetValueOrDefault("trace_id");
}
