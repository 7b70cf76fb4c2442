using System.Globalization;
using Reliability.Tests.Support;

namespace Reliability.Tests.Faults;

public static class LatencySummary
{
    public static double Percentile(IEnumerable<LoadOutcome> outcomes, double p)
    {
        var sorted = outcomes.Select(o => o.Latency.TotalMilliseconds).Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    public static string Describe(IReadOnlyCollection<LoadOutcome> outcomes) => string.Create(CultureInfo.InvariantCulture,
        $"p50 {Percentile(outcomes, 0.5):0} ms, p99 {Percentile(outcomes, 0.99):0} ms, max {Percentile(outcomes, 1):0} ms");
}
