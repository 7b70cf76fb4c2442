namespace ServiceDefaults.Prometheus;

// The Prometheus identity of one OTel instrument stream.
// Name: the text-format family and sample name (counters end in _total).
// FamilyName: the OpenMetrics family name (counters without _total).
// Key: the name without a _total suffix, whatever the kind; it sorts families and groups the instruments that
// would collide in either format (counter "x" and gauge "x_total" both write samples named x_total).
internal sealed record MetricNaming(string Name, string FamilyName, string Unit)
{
    public string Key { get; } = Name.EndsWith(Total, StringComparison.Ordinal) ? Name[..^Total.Length] : Name;

    private const string Total = "_total";

    public static MetricNaming Create(string instrumentName, string? unit, PrometheusKind kind)
    {
        var name = PrometheusNames.SanitizeMetricName(instrumentName);
        var suffix = PrometheusUnits.ToSuffix(unit, isGauge: kind == PrometheusKind.Gauge);
        if (kind == PrometheusKind.Counter && name.EndsWith(Total, StringComparison.Ordinal) && name.Length > Total.Length)
            name = name[..^Total.Length];
        if (suffix.Length > 0 && name != suffix && !name.EndsWith("_" + suffix, StringComparison.Ordinal))
            name = name.EndsWith('_') ? name + suffix : $"{name}_{suffix}";
        return kind == PrometheusKind.Counter
            ? new MetricNaming(name + Total, name, suffix)
            : new MetricNaming(name, name, suffix);
    }
}
