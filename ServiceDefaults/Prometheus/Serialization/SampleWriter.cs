using System.Buffers;
using OpenTelemetry.Metrics;

namespace ServiceDefaults.Prometheus;

// Writes the sample lines of one instrument stream: `name{labels} value`, each line assembled from the metric's
// names and the series' pre-rendered labels in one span.
internal static class SampleWriter
{
    public static void WriteSeries(IBufferWriter<byte> writer, MetricState state, ExpositionFormat format)
    {
        var openMetrics = format == ExpositionFormat.OpenMetrics;
        var type = state.Metric.MetricType;
        var name = state.SampleName;
        for (var i = 0; i < state.Count; i++)
        {
            ref readonly var point = ref state.PointAt(i);
            var labels = state.SeriesAt(i).Labels;
            switch (type)
            {
                case MetricType.LongSum:
                case MetricType.LongSumNonMonotonic:
                    ExpositionWriter.WriteSample(writer, name, labels, [], point.GetSumLong());
                    break;
                case MetricType.DoubleSum:
                case MetricType.DoubleSumNonMonotonic:
                    ExpositionWriter.WriteSample(writer, name, labels, [], point.GetSumDouble());
                    break;
                case MetricType.LongGauge:
                    ExpositionWriter.WriteSample(writer, name, labels, [], point.GetGaugeLastValueLong());
                    break;
                case MetricType.DoubleGauge:
                    ExpositionWriter.WriteSample(writer, name, labels, [], point.GetGaugeLastValueDouble());
                    break;
                case MetricType.Histogram:
                    WriteHistogram(writer, state, labels, in point);
                    break;
            }
            if (openMetrics && state.Kind != PrometheusKind.Gauge)
                ExpositionWriter.WriteSample(writer, state.CreatedName, labels, [], state.SeriesAt(i).CreatedValue(point.StartTime));
        }
    }

    // Buckets are cumulative and end with le="+Inf", whose value equals _count. A histogram configured without
    // bounds gets no buckets from the SDK, but Prometheus still needs its +Inf bucket.
    private static void WriteHistogram(IBufferWriter<byte> writer, MetricState state, byte[] labels, in MetricPoint point)
    {
        var le = state.LeLabels(in point);
        long cumulative = 0;
        var bucket = 0;
        var lastBound = double.NaN;
        foreach (var histogramBucket in point.GetHistogramBuckets())
        {
            cumulative += histogramBucket.BucketCount;
            lastBound = histogramBucket.ExplicitBound;
            ExpositionWriter.WriteSample(writer, state.SampleName, labels, le[bucket++], cumulative);
        }
        if (!double.IsPositiveInfinity(lastBound))
            ExpositionWriter.WriteSample(writer, state.SampleName, labels, "le=\"+Inf\""u8, point.GetHistogramCount());
        ExpositionWriter.WriteSample(writer, state.SumName, labels, [], point.GetHistogramSum());
        ExpositionWriter.WriteSample(writer, state.CountName, labels, [], point.GetHistogramCount());
    }
}
