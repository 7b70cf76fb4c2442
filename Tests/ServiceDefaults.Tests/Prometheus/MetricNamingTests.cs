using ServiceDefaults.Prometheus;

namespace ServiceDefaults.Tests.Prometheus;

public sealed class MetricNamingTests
{
    // number, instrument name, unit, kind → text family/sample name, OpenMetrics family, unit suffix
    public static TheoryData<int, string, string?, string, string, string, string> Cases => new()
    {
        { 1, "predictions", "{prediction}", "Counter", "predictions_total", "predictions", "" },
        { 2, "prediction.duration", "s", "Histogram", "prediction_duration_seconds", "prediction_duration_seconds", "seconds" },
        { 3, "model.accuracy", "1", "Gauge", "model_accuracy_ratio", "model_accuracy_ratio", "ratio" },
        { 4, "model.confidence", "1", "Histogram", "model_confidence", "model_confidence", "" },
        { 5, "process.cpu", "s", "Counter", "process_cpu_seconds_total", "process_cpu_seconds", "seconds" },
        { 6, "process_cpu_seconds_total", "s", "Counter", "process_cpu_seconds_total", "process_cpu_seconds", "seconds" },
        { 7, "http.server.active_requests", "{request}", "Gauge", "http_server_active_requests", "http_server_active_requests", "" },
        { 8, "file.upload.size", "By", "Histogram", "file_upload_size_bytes", "file_upload_size_bytes", "bytes" },
        { 9, "speed", "m/s", "Gauge", "speed_meters_per_second", "speed_meters_per_second", "meters_per_second" },
        { 10, "rate", "{request}/s", "Gauge", "rate_per_second", "rate_per_second", "per_second" },
        { 11, "db.usage", "# RU", "Counter", "db_usage_RU_total", "db_usage_RU", "RU" },
        { 12, "odd", "a b\nc", "Gauge", "odd_a_b_c", "odd_a_b_c", "a_b_c" },
        { 13, "2xx.responses", null, "Counter", "_2xx_responses_total", "_2xx_responses", "" },
        { 14, "disk..io--bytes", "By", "Counter", "disk_io_bytes_total", "disk_io_bytes", "bytes" },
        { 15, "cpu.utilization", "%", "Gauge", "cpu_utilization_percent", "cpu_utilization_percent", "percent" },
        { 16, "memory", "MiBy", "Gauge", "memory_mebibytes", "memory_mebibytes", "mebibytes" },
        { 17, "uptime", "d", "Gauge", "uptime_days", "uptime_days", "days" },
        { 18, "jobs_total", null, "Gauge", "jobs_total", "jobs_total", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void InstrumentNameAndUnitTranslate(int number, string name, string? unit, string kind,
        string expectedName, string expectedFamily, string expectedUnit)
    {
        Assert.True(number > 0);
        var naming = MetricNaming.Create(name, unit, Enum.Parse<PrometheusKind>(kind));
        Assert.Equal(expectedName, naming.Name);
        Assert.Equal(expectedFamily, naming.FamilyName);
        Assert.Equal(expectedUnit, naming.Unit);
    }
}
