using Microsoft.Extensions.Configuration;
using OpenTelemetry.Metrics;

namespace Microsoft.Extensions.Hosting;

// Exemplars tie a histogram bucket or a counter sample to the trace that produced it: the Aspire dashboard's
// charts draw them as points that open the trace, and the Prometheus exporter writes them on OpenMetrics
// bucket lines (`# {trace_id="…",span_id="…"} value timestamp`), which Prometheus stores with
// --enable-feature=exemplar-storage. The SDK records none by default (AlwaysOff).
//
// trace_based keeps only measurements taken inside a sampled span, so /metrics and health probes (not traced)
// add nothing. The SDK's own setting OTEL_METRICS_EXEMPLAR_FILTER (always_off, always_on, trace_based) still
// decides when it is set: a value set in code would make the SDK ignore it.
internal static class ExemplarDefaults
{
    public const string FilterSetting = "OTEL_METRICS_EXEMPLAR_FILTER";

    public static MeterProviderBuilder SetTraceBasedExemplarsUnlessConfigured(this MeterProviderBuilder metrics, IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration[FilterSetting])
            ? metrics.SetExemplarFilter(ExemplarFilterType.TraceBased)
            : metrics;
}
