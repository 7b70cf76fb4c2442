using System.Buffers;
using OpenTelemetry.Metrics;

namespace ServiceDefaults.Prometheus;

// Writes the sample lines of one instrument stream; each line is a pre-rendered prefix plus a value.
internal static class SampleWriter
{
    public static void WriteSeries(IBufferWriter<byte> writer, MetricState state, ExpositionFormat format)
    {
        var openMetrics = format == ExpositionFormat.OpenMetrics;
        var type = state.Metric.MetricType;
        for (var i = 0; i < state.Count; i++)
        {
            ref readonly var point = ref state.PointAt(i);
            var series = state.SeriesAt(i);
            switch (type)
            {
                case MetricType.LongSum:
                case MetricType.LongSumNonMonotonic:
                    ExpositionWriter.WriteSample(writer, series.Sample, point.GetSumLong());
                    break;
                case MetricType.DoubleSum:
                case MetricType.DoubleSumNonMonotonic:
                    ExpositionWriter.WriteSample(writer, series.Sample, point.GetSumDouble());
                    break;
                case MetricType.LongGauge:
                    ExpositionWriter.WriteSample(writer, series.Sample, point.GetGaugeLastValueLong());
                    break;
                case MetricType.DoubleGauge:
                    ExpositionWriter.WriteSample(writer, series.Sample, point.GetGaugeLastValueDouble());
                    break;
                case MetricType.Histogram:
                    WriteHistogram(writer, series, in point);
                    break;
            }
            if (openMetrics && state.Kind != PrometheusKind.Gauge)
                ExpositionWriter.WriteSample(writer, series.Created, series.CreatedValue(point.StartTime));
        }
    }

    // Buckets are cumulative and end with le="+Inf", whose value equals _count.
    private static void WriteHistogram(IBufferWriter<byte> writer, Series series, in MetricPoint point)
    {
        long cumulative = 0;
        var bucket = 0;
        foreach (var histogramBucket in point.GetHistogramBuckets())
        {
            cumulative += histogramBucket.BucketCount;
            ExpositionWriter.WriteSample(writer, series.Buckets[bucket++], cumulative);
        }
        ExpositionWriter.WriteSample(writer, series.Sum, point.GetHistogramSum());
        ExpositionWriter.WriteSample(writer, series.Count, point.GetHistogramCount());
    }
}
