using OpenTelemetry.Metrics;

namespace ServiceDefaults.Tests.Prometheus;

// One numbered table case: instruments recorded through a real Meter, and the exact text expected in each format.
// In expected text `{S}` stands for the case's scope labels, `{TARGET}` for the target_info family of the
// harness resource; OpenMetrics `_created` values are masked as `<created>`.
public sealed record ExpositionCase(
    string Id,
    Action<ExporterHarness> Record,
    string Text,
    string OpenMetrics,
    string[]? AllowedLint = null,
    Action<MeterProviderBuilder>? Configure = null)
{
    public string Meter => Id;

    public string ExpectedText => Expand(Text, "# HELP target_info Target metadata\n# TYPE target_info gauge\n" + TargetSample);

    public string ExpectedOpenMetrics => Expand(OpenMetrics, "# TYPE target info\n# HELP target Target metadata\n" + TargetSample);

    private const string TargetSample = """target_info{service_instance_id="i-1",service_name="svc"} 1""";

    private string Expand(string template, string target) =>
        template.Replace("{S}", $"otel_scope_name=\"{Id}\",otel_scope_version=\"1.0\"").Replace("{TARGET}", target) + "\n";
}
