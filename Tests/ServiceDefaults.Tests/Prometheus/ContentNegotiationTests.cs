using Microsoft.Extensions.Primitives;
using ServiceDefaults.Prometheus;

namespace ServiceDefaults.Tests.Prometheus;

public sealed class ContentNegotiationTests
{
    // Captured from the Debian prometheus 2.42 binary scraping a listener on this machine.
    public const string Prometheus2Accept =
        "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

    // Prometheus 3.x default (documented in the Prometheus content-negotiation page).
    public const string Prometheus3Accept =
        "application/openmetrics-text;version=1.0.0;escaping=allow-utf-8;q=0.5,application/openmetrics-text;version=0.0.1;q=0.4,text/plain;version=1.0.0;escaping=allow-utf-8;q=0.3,text/plain;version=0.0.4;q=0.2,*/*;q=0.1";

    public static TheoryData<int, string?, ExpositionFormat> AcceptCases => new()
    {
        { 1, null, ExpositionFormat.PrometheusText },
        { 2, "", ExpositionFormat.PrometheusText },
        { 3, "*/*", ExpositionFormat.PrometheusText },
        { 4, Prometheus2Accept, ExpositionFormat.OpenMetrics },
        { 5, Prometheus3Accept, ExpositionFormat.OpenMetrics },
        { 6, "text/plain;version=0.0.4;q=0.2,*/*;q=0.1", ExpositionFormat.PrometheusText },
        { 7, "application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.2", ExpositionFormat.OpenMetrics },
        { 8, "text/plain;version=0.0.4,application/openmetrics-text;version=1.0.0;q=0.9", ExpositionFormat.PrometheusText },
        { 9, "application/openmetrics-text;version=1.0.0;q=0.3,text/plain;version=0.0.4;q=0.7", ExpositionFormat.PrometheusText },
        { 10, "application/openmetrics-text;version=2.0.0", ExpositionFormat.PrometheusText },
        { 11, "application/openmetrics-text; version=0.0.1", ExpositionFormat.OpenMetrics },
        { 12, "application/openmetrics-text;q=0", ExpositionFormat.PrometheusText },
        { 13, "application/json", ExpositionFormat.PrometheusText },
        { 14, "garbage;;;,,", ExpositionFormat.PrometheusText },
        { 15, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ExpositionFormat.PrometheusText },
        { 16, "application/*", ExpositionFormat.OpenMetrics },
        { 17, "*/*;q=0.5,application/openmetrics-text;q=0.5", ExpositionFormat.OpenMetrics },
        { 18, "text/plain;version=1.0.0;escaping=allow-utf-8", ExpositionFormat.PrometheusText },
        { 19, "APPLICATION/OpenMetrics-Text;Version=1.0.0", ExpositionFormat.OpenMetrics },
        { 20, "application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.5", ExpositionFormat.OpenMetrics },
    };

    [Theory]
    [MemberData(nameof(AcceptCases))]
    public void AcceptHeaderSelectsFormat(int number, string? accept, ExpositionFormat expected)
    {
        Assert.True(number > 0);
        Assert.Equal(expected, ContentNegotiation.SelectFormat(accept is null ? StringValues.Empty : new StringValues(accept)));
    }

    public static TheoryData<int, string, bool> EncodingCases => new()
    {
        { 1, "gzip", true },
        { 2, "GZIP", true },
        { 3, "gzip;q=0", false },
        { 4, "br, gzip;q=0.5", true },
        { 5, "", false },
        { 6, "identity", false },
        { 7, "deflate, br", false },
    };

    [Theory]
    [MemberData(nameof(EncodingCases))]
    public void AcceptEncodingSelectsGzip(int number, string acceptEncoding, bool expected)
    {
        Assert.True(number > 0);
        Assert.Equal(expected, ContentNegotiation.AcceptsGzip(acceptEncoding));
    }
}
