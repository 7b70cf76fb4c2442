using System.Diagnostics.Metrics;

namespace Api.Metrics;

public sealed class UploadMetrics
{
    public const string MeterName = "Api.Uploads";

    // Powers of four from 1 KiB to 16 MiB: covers the default 10 MiB limit with a bucket above it.
    private static readonly long[] SizeBuckets = [1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216];

    // Loopback uploads of 1 KiB-10 MiB take ~1 ms to ~100 ms; slow clients stretch to seconds.
    private static readonly double[] DurationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Histogram<double> _duration;
    private readonly Histogram<long> _size;

    public UploadMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _duration = meter.CreateHistogram("file_upload_duration", "s", "Time to receive and hash an uploaded file.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _size = meter.CreateHistogram("file_upload_size", "By", "Size of uploaded files.",
            advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = SizeBuckets });
    }

    public void Uploaded(long bytes, TimeSpan elapsed)
    {
        _size.Record(bytes);
        _duration.Record(elapsed.TotalSeconds);
    }
}
