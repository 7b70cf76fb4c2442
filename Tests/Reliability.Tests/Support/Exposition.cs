using System.Globalization;

namespace Reliability.Tests.Support;

// Sums of a metric's samples in a service's own /metrics text: the source of truth Prometheus must match.
public static class Exposition
{
    public static double Sum(string text, string name, Func<string, bool>? lineFilter = null) =>
        text.Split('\n')
            .Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) || l.StartsWith(name + " ", StringComparison.Ordinal))
            .Where(l => lineFilter?.Invoke(l) ?? true)
            .Sum(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], CultureInfo.InvariantCulture));
}
