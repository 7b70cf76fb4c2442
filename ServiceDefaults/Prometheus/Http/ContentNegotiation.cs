using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ServiceDefaults.Prometheus;

// Picks the exposition format from Accept, honouring q-values (highest wins; on a tie an exact media type beats
// a wildcard, then the earlier entry wins). Nothing usable means text 0.0.4, as client_golang does.
internal static class ContentNegotiation
{
    private static readonly string[] OpenMetricsVersions = ["1.0.0", "0.0.1"];
    private static readonly string[] TextVersions = ["0.0.4", "1.0.0"];

    public static ExpositionFormat SelectFormat(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
            return ExpositionFormat.PrometheusText;

        var best = ExpositionFormat.PrometheusText;
        var bestQuality = 0.0;
        var bestIsExact = false;
        foreach (var range in ranges)
        {
            if (Candidate(range) is not { } candidate) continue;
            var quality = range.Quality ?? 1.0;
            if (quality <= 0) continue;
            var exact = !range.MatchesAllTypes && !range.MatchesAllSubTypes;
            if (quality > bestQuality || (quality == bestQuality && exact && !bestIsExact))
            {
                best = candidate;
                bestQuality = quality;
                bestIsExact = exact;
            }
        }
        return best;
    }

    public static bool AcceptsGzip(StringValues acceptEncoding)
    {
        if (StringValues.IsNullOrEmpty(acceptEncoding) ||
            !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var encodings)) return false;
        foreach (var encoding in encodings)
        {
            if ((encoding.Quality ?? 1.0) > 0 && encoding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static ExpositionFormat? Candidate(MediaTypeHeaderValue range)
    {
        if (range.MatchesAllTypes) return ExpositionFormat.PrometheusText;
        var version = Version(range);
        if (range.Type.Equals("application", StringComparison.OrdinalIgnoreCase))
        {
            if (range.MatchesAllSubTypes) return ExpositionFormat.OpenMetrics;
            if (range.SubType.Equals("openmetrics-text", StringComparison.OrdinalIgnoreCase) &&
                (version is null || OpenMetricsVersions.Contains(version))) return ExpositionFormat.OpenMetrics;
        }
        else if (range.Type.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            if (range.MatchesAllSubTypes) return ExpositionFormat.PrometheusText;
            if (range.SubType.Equals("plain", StringComparison.OrdinalIgnoreCase) &&
                (version is null || TextVersions.Contains(version))) return ExpositionFormat.PrometheusText;
        }
        return null;
    }

    private static string? Version(MediaTypeHeaderValue range)
    {
        foreach (var parameter in range.Parameters)
        {
            if (parameter.Name.Equals("version", StringComparison.OrdinalIgnoreCase)) return parameter.Value.Value?.Trim('"');
        }
        return null;
    }
}
