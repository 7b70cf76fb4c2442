using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace ServiceDefaults.Tests.Prometheus;

// The exporter's golden table: every metric kind and every formatting rule, with exact text in both formats.
public static class ExpositionCases
{
    private static KeyValuePair<string, object?> Tag(string key, object? value) => new(key, value);

    public static readonly ExpositionCase[] All =
    [
        new("case01_counter",
            h =>
            {
                var requests = h.Meter.CreateCounter<long>("requests", "{request}", "Requests served.");
                requests.Add(3, Tag("route", "/a"));
                requests.Add(2, Tag("route", "/b"));
                requests.Add(1, Tag("route", "/a"));
            },
            """
            # HELP requests_total Requests served.
            # TYPE requests_total counter
            requests_total{route="/a",{S}} 4
            requests_total{route="/b",{S}} 2
            {TARGET}
            """,
            """
            # TYPE requests counter
            # HELP requests Requests served.
            requests_total{route="/a",{S}} 4
            requests_created{route="/a",{S}} <created>
            requests_total{route="/b",{S}} 2
            requests_created{route="/b",{S}} <created>
            {TARGET}
            # EOF
            """),

        new("case02_double_counter_seconds",
            h =>
            {
                var cpu = h.Meter.CreateCounter<double>("cpu.time", "s", "CPU time.");
                cpu.Add(1.5);
                cpu.Add(0.25);
            },
            """
            # HELP cpu_time_seconds_total CPU time.
            # TYPE cpu_time_seconds_total counter
            cpu_time_seconds_total{{S}} 1.75
            {TARGET}
            """,
            """
            # TYPE cpu_time_seconds counter
            # UNIT cpu_time_seconds seconds
            # HELP cpu_time_seconds CPU time.
            cpu_time_seconds_total{{S}} 1.75
            cpu_time_seconds_created{{S}} <created>
            {TARGET}
            # EOF
            """),

        new("case03_up_down_counter",
            h =>
            {
                var queue = h.Meter.CreateUpDownCounter<long>("queue.length", "{item}", "Items waiting.");
                queue.Add(5);
                queue.Add(-7);
            },
            """
            # HELP queue_length Items waiting.
            # TYPE queue_length gauge
            queue_length{{S}} -2
            {TARGET}
            """,
            """
            # TYPE queue_length gauge
            # HELP queue_length Items waiting.
            queue_length{{S}} -2
            {TARGET}
            # EOF
            """),

        new("case04_observable_gauges_ratio_and_non_ascii",
            h =>
            {
                h.Meter.CreateObservableGauge("temperature", () => new[]
                {
                    new Measurement<double>(21.5, Tag("city", "Zürich")),
                    new Measurement<double>(-3, Tag("city", "Tromsø 🌨")),
                }, "Cel", "Temperature in °C — 🌡");
                h.Meter.CreateObservableGauge("model.accuracy", () => 0.75, "1", "Share of correct predictions.");
            },
            """
            # HELP model_accuracy_ratio Share of correct predictions.
            # TYPE model_accuracy_ratio gauge
            model_accuracy_ratio{{S}} 0.75
            {TARGET}
            # HELP temperature_celsius Temperature in °C — 🌡
            # TYPE temperature_celsius gauge
            temperature_celsius{city="Tromsø 🌨",{S}} -3
            temperature_celsius{city="Zürich",{S}} 21.5
            """,
            """
            # TYPE model_accuracy_ratio gauge
            # UNIT model_accuracy_ratio ratio
            # HELP model_accuracy_ratio Share of correct predictions.
            model_accuracy_ratio{{S}} 0.75
            {TARGET}
            # TYPE temperature_celsius gauge
            # UNIT temperature_celsius celsius
            # HELP temperature_celsius Temperature in °C — 🌡
            temperature_celsius{city="Tromsø 🌨",{S}} -3
            temperature_celsius{city="Zürich",{S}} 21.5
            # EOF
            """),

        new("case05_histogram_custom_buckets",
            h =>
            {
                var duration = h.Meter.CreateHistogram<double>("request.duration", unit: "ms", description: "Request duration.",
                    tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 5, 10.5, 100] });
                foreach (var value in new[] { 1.0, 7, 7, 50, 1000 }) duration.Record(value, Tag("method", "GET"));
            },
            """
            # HELP request_duration_milliseconds Request duration.
            # TYPE request_duration_milliseconds histogram
            request_duration_milliseconds_bucket{method="GET",{S},le="0.5"} 0
            request_duration_milliseconds_bucket{method="GET",{S},le="5"} 1
            request_duration_milliseconds_bucket{method="GET",{S},le="10.5"} 3
            request_duration_milliseconds_bucket{method="GET",{S},le="100"} 4
            request_duration_milliseconds_bucket{method="GET",{S},le="+Inf"} 5
            request_duration_milliseconds_sum{method="GET",{S}} 1065
            request_duration_milliseconds_count{method="GET",{S}} 5
            {TARGET}
            """,
            """
            # TYPE request_duration_milliseconds histogram
            # UNIT request_duration_milliseconds milliseconds
            # HELP request_duration_milliseconds Request duration.
            request_duration_milliseconds_bucket{method="GET",{S},le="0.5"} 0
            request_duration_milliseconds_bucket{method="GET",{S},le="5"} 1
            request_duration_milliseconds_bucket{method="GET",{S},le="10.5"} 3
            request_duration_milliseconds_bucket{method="GET",{S},le="100"} 4
            request_duration_milliseconds_bucket{method="GET",{S},le="+Inf"} 5
            request_duration_milliseconds_sum{method="GET",{S}} 1065
            request_duration_milliseconds_count{method="GET",{S}} 5
            request_duration_milliseconds_created{method="GET",{S}} <created>
            {TARGET}
            # EOF
            """,
            AllowedLint: ["base unit"]),

        new("case06_escaping",
            h => h.Meter.CreateCounter<long>("escapes", null, "Back\\slash \"quoted\"\nnext line")
                .Add(1, Tag("path", "C:\\temp \"x\"\nend")),
            """
            # HELP escapes_total Back\\slash "quoted"\nnext line
            # TYPE escapes_total counter
            escapes_total{path="C:\\temp \"x\"\nend",{S}} 1
            {TARGET}
            """,
            """
            # TYPE escapes counter
            # HELP escapes Back\\slash \"quoted\"\nnext line
            escapes_total{path="C:\\temp \"x\"\nend",{S}} 1
            escapes_created{path="C:\\temp \"x\"\nend",{S}} <created>
            {TARGET}
            # EOF
            """),

        new("case07_special_floats",
            h => h.Meter.CreateObservableGauge("edge.values", () => new[]
            {
                new Measurement<double>(double.NaN, Tag("case", "nan")),
                new Measurement<double>(double.PositiveInfinity, Tag("case", "pos_inf")),
                new Measurement<double>(double.NegativeInfinity, Tag("case", "neg_inf")),
                new Measurement<double>(1e-7, Tag("case", "tiny")),
                new Measurement<double>(double.MaxValue, Tag("case", "max")),
                new Measurement<double>(0.1, Tag("case", "tenth")),
                new Measurement<double>(123456789012345678, Tag("case", "big")),
            }, null, "Edge values."),
            """
            # HELP edge_values Edge values.
            # TYPE edge_values gauge
            edge_values{case="big",{S}} 1.2345678901234568E+17
            edge_values{case="max",{S}} 1.7976931348623157E+308
            edge_values{case="nan",{S}} NaN
            edge_values{case="neg_inf",{S}} -Inf
            edge_values{case="pos_inf",{S}} +Inf
            edge_values{case="tenth",{S}} 0.1
            edge_values{case="tiny",{S}} 1E-07
            {TARGET}
            """,
            """
            # TYPE edge_values gauge
            # HELP edge_values Edge values.
            edge_values{case="big",{S}} 1.2345678901234568E+17
            edge_values{case="max",{S}} 1.7976931348623157E+308
            edge_values{case="nan",{S}} NaN
            edge_values{case="neg_inf",{S}} -Inf
            edge_values{case="pos_inf",{S}} +Inf
            edge_values{case="tenth",{S}} 0.1
            edge_values{case="tiny",{S}} 1E-07
            {TARGET}
            # EOF
            """),

        new("case08_units",
            h =>
            {
                h.Meter.CreateCounter<long>("bytes.sent", "By", "Bytes sent.").Add(512);
                h.Meter.CreateObservableGauge("speed", () => 3.5, "m/s", "Speed.");
                h.Meter.CreateObservableGauge("throughput", () => 12, "{request}/s", "Throughput.");
                h.Meter.CreateHistogram<long>("payload", unit: "KiBy", description: "Payload size.", tags: null,
                    advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = [1, 10] }).Record(3);
                h.Meter.CreateObservableGauge("latency_seconds", () => 0.25, "s", "Latency.");
            },
            """
            # HELP bytes_sent_bytes_total Bytes sent.
            # TYPE bytes_sent_bytes_total counter
            bytes_sent_bytes_total{{S}} 512
            # HELP latency_seconds Latency.
            # TYPE latency_seconds gauge
            latency_seconds{{S}} 0.25
            # HELP payload_kibibytes Payload size.
            # TYPE payload_kibibytes histogram
            payload_kibibytes_bucket{{S},le="1"} 0
            payload_kibibytes_bucket{{S},le="10"} 1
            payload_kibibytes_bucket{{S},le="+Inf"} 1
            payload_kibibytes_sum{{S}} 3
            payload_kibibytes_count{{S}} 1
            # HELP speed_meters_per_second Speed.
            # TYPE speed_meters_per_second gauge
            speed_meters_per_second{{S}} 3.5
            {TARGET}
            # HELP throughput_per_second Throughput.
            # TYPE throughput_per_second gauge
            throughput_per_second{{S}} 12
            """,
            """
            # TYPE bytes_sent_bytes counter
            # UNIT bytes_sent_bytes bytes
            # HELP bytes_sent_bytes Bytes sent.
            bytes_sent_bytes_total{{S}} 512
            bytes_sent_bytes_created{{S}} <created>
            # TYPE latency_seconds gauge
            # UNIT latency_seconds seconds
            # HELP latency_seconds Latency.
            latency_seconds{{S}} 0.25
            # TYPE payload_kibibytes histogram
            # UNIT payload_kibibytes kibibytes
            # HELP payload_kibibytes Payload size.
            payload_kibibytes_bucket{{S},le="1"} 0
            payload_kibibytes_bucket{{S},le="10"} 1
            payload_kibibytes_bucket{{S},le="+Inf"} 1
            payload_kibibytes_sum{{S}} 3
            payload_kibibytes_count{{S}} 1
            payload_kibibytes_created{{S}} <created>
            # TYPE speed_meters_per_second gauge
            # UNIT speed_meters_per_second meters_per_second
            # HELP speed_meters_per_second Speed.
            speed_meters_per_second{{S}} 3.5
            {TARGET}
            # TYPE throughput_per_second gauge
            # UNIT throughput_per_second per_second
            # HELP throughput_per_second Throughput.
            throughput_per_second{{S}} 12
            # EOF
            """,
            AllowedLint: ["base unit"]),

        new("case09_hostile_units",
            h =>
            {
                h.Meter.CreateCounter<double>("db.usage", "# RU", "Request units.").Add(2.5);
                h.Meter.CreateCounter<long>("hash.only", "#", "Only a hash.").Add(1);
                h.Meter.CreateObservableGauge("odd.unit", () => 1, "per\nline unit", "Odd unit.");
            },
            """
            # HELP db_usage_RU_total Request units.
            # TYPE db_usage_RU_total counter
            db_usage_RU_total{{S}} 2.5
            # HELP hash_only_total Only a hash.
            # TYPE hash_only_total counter
            hash_only_total{{S}} 1
            # HELP odd_unit_per_line_unit Odd unit.
            # TYPE odd_unit_per_line_unit gauge
            odd_unit_per_line_unit{{S}} 1
            {TARGET}
            """,
            """
            # TYPE db_usage_RU counter
            # UNIT db_usage_RU RU
            # HELP db_usage_RU Request units.
            db_usage_RU_total{{S}} 2.5
            db_usage_RU_created{{S}} <created>
            # TYPE hash_only counter
            # HELP hash_only Only a hash.
            hash_only_total{{S}} 1
            hash_only_created{{S}} <created>
            # TYPE odd_unit_per_line_unit gauge
            # UNIT odd_unit_per_line_unit per_line_unit
            # HELP odd_unit_per_line_unit Odd unit.
            odd_unit_per_line_unit{{S}} 1
            {TARGET}
            # EOF
            """),

        new("case10_name_collisions",
            h =>
            {
                var other = h.AddMeter("case10_name_collisions_b");
                h.Meter.CreateCounter<long>("jobs", null, "Jobs run.").Add(1);
                other.CreateObservableGauge("jobs", () => 7L, null, "Jobs gauge.");
                h.Meter.CreateCounter<long>("runs", null, "Runs.").Add(3);
                h.Meter.CreateObservableGauge("runs_total", () => 9L, null, "Runs gauge.");
                h.Meter.CreateCounter<long>("shared", null, "Shared A.").Add(1);
                other.CreateCounter<long>("shared", null, "Shared B.").Add(2);
            },
            """
            # HELP jobs_total Jobs run.
            # TYPE jobs_total counter
            jobs_total{{S}} 1
            # HELP runs_total Runs.
            # TYPE runs_total counter
            runs_total{{S}} 3
            # HELP shared_total Shared A.
            # TYPE shared_total counter
            shared_total{{S}} 1
            shared_total{otel_scope_name="case10_name_collisions_b",otel_scope_version="1.0"} 2
            {TARGET}
            """,
            """
            # TYPE jobs counter
            # HELP jobs Jobs run.
            jobs_total{{S}} 1
            jobs_created{{S}} <created>
            # TYPE runs counter
            # HELP runs Runs.
            runs_total{{S}} 3
            runs_created{{S}} <created>
            # TYPE shared counter
            # HELP shared Shared A.
            shared_total{{S}} 1
            shared_created{{S}} <created>
            shared_total{otel_scope_name="case10_name_collisions_b",otel_scope_version="1.0"} 2
            shared_created{otel_scope_name="case10_name_collisions_b",otel_scope_version="1.0"} <created>
            {TARGET}
            # EOF
            """),

        new("case11_attribute_names",
            h => h.Meter.CreateCounter<long>("tagged", null, "Tagged.").Add(1,
                Tag("a.b", "1"), Tag("a_b", "2"), Tag("1st", "x"), Tag("http.route", "/r"),
                Tag("ok", true), Tag("n", 42), Tag("ratio", 0.5)),
            """
            # HELP tagged_total Tagged.
            # TYPE tagged_total counter
            tagged_total{a_b="1;2",http_route="/r",key_1st="x",n="42",ok="true",ratio="0.5",{S}} 1
            {TARGET}
            """,
            """
            # TYPE tagged counter
            # HELP tagged Tagged.
            tagged_total{a_b="1;2",http_route="/r",key_1st="x",n="42",ok="true",ratio="0.5",{S}} 1
            tagged_created{a_b="1;2",http_route="/r",key_1st="x",n="42",ok="true",ratio="0.5",{S}} <created>
            {TARGET}
            # EOF
            """),

        new("case12_skipped_streams",
            h =>
            {
                h.Meter.CreateHistogram<double>("skipped.exp").Record(1);
                h.Meter.CreateCounter<long>("never.recorded");
                h.Meter.CreateCounter<long>("kept").Add(1);
            },
            """
            # HELP kept_total kept
            # TYPE kept_total counter
            kept_total{{S}} 1
            {TARGET}
            """,
            """
            # TYPE kept counter
            # HELP kept kept
            kept_total{{S}} 1
            kept_created{{S}} <created>
            {TARGET}
            # EOF
            """,
            Configure: b => b.AddView("skipped.exp", new Base2ExponentialBucketHistogramConfiguration())),

        new("case13_histogram_without_bounds",
            h =>
            {
                var sizes = h.Meter.CreateHistogram<double>("sizes", "By", "Sizes.");
                sizes.Record(3.5);
                sizes.Record(4);
            },
            """
            # HELP sizes_bytes Sizes.
            # TYPE sizes_bytes histogram
            sizes_bytes_bucket{{S},le="+Inf"} 2
            sizes_bytes_sum{{S}} 7.5
            sizes_bytes_count{{S}} 2
            {TARGET}
            """,
            """
            # TYPE sizes_bytes histogram
            # UNIT sizes_bytes bytes
            # HELP sizes_bytes Sizes.
            sizes_bytes_bucket{{S},le="+Inf"} 2
            sizes_bytes_sum{{S}} 7.5
            sizes_bytes_count{{S}} 2
            sizes_bytes_created{{S}} <created>
            {TARGET}
            # EOF
            """,
            Configure: b => b.AddView("sizes", new ExplicitBucketHistogramConfiguration { Boundaries = [] })),
    ];

    public static TheoryData<string> Ids => [.. All.Select(c => c.Id)];

    public static ExpositionCase Get(string id) => All.Single(c => c.Id == id);
}
