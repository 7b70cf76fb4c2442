using System.Globalization;
using System.Text;

namespace TestSupport;

// A parsed Prometheus text exposition: every sample with its labels, for exact assertions in tests.
public sealed class PrometheusText
{
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
    {
        // Name plus sorted labels: identifies the series independent of label order.
        public string SeriesKey { get; } = Name + "{" + string.Join(",", Labels.OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => $"{l.Key}=\"{l.Value}\"")) + "}";
    }

    public IReadOnlyList<Sample> Samples { get; }

    private PrometheusText(IReadOnlyList<Sample> samples) => Samples = samples;

    public static PrometheusText Parse(string text)
    {
        var samples = new List<Sample>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            samples.Add(ParseSample(line));
        }
        return new PrometheusText(samples);
    }

    public IReadOnlySet<string> SeriesKeys => Samples.Select(s => s.SeriesKey).ToHashSet();

    // Series families that change with time and connection churn rather than with requests.
    public static readonly string[] EnvironmentalPrefixes =
        ["dotnet_", "process_", "http_client_connection_duration", "http_client_open_connections", "kestrel_"];

    // Series present here but not in `before`, ignoring names that start with any of `ignoredPrefixes`.
    public IReadOnlyList<string> SeriesAddedSince(PrometheusText before, params string[] ignoredPrefixes) =>
        SeriesKeys.Except(before.SeriesKeys)
            .Where(key => !ignoredPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();

    public bool Has(string name) => Samples.Any(s => s.Name == name);

    // Sum over the samples of `name` whose labels include all of `labels`; null when none matches.
    public double? Value(string name, params (string Key, string Value)[] labels)
    {
        var matching = Samples.Where(s => s.Name == name &&
            labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).ToList();
        return matching.Count == 0 ? null : matching.Sum(s => s.Value);
    }

    private static Sample ParseSample(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] != '{' && line[i] != ' ') i++;
        var name = line[..i];
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (i < line.Length && line[i] == '{')
        {
            i++;
            while (line[i] != '}')
            {
                var eq = line.IndexOf('=', i);
                var key = line[i..eq].Trim();
                i = eq + 2; // skip ="
                var value = new StringBuilder();
                while (line[i] != '"')
                {
                    if (line[i] == '\\')
                    {
                        i++;
                        value.Append(line[i] == 'n' ? '\n' : line[i]);
                    }
                    else value.Append(line[i]);
                    i++;
                }
                labels[key] = value.ToString();
                i++;
                if (line[i] == ',') i++;
            }
            i++;
        }
        var rest = line[i..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var number = rest[0] switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            "NaN" => double.NaN,
            var text => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        return new Sample(name, labels, number);
    }
}
