using System.Globalization;
using System.Text;

namespace ServiceDefaults.Tests.Support;

public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

// Just enough of the text exposition format to find samples by name and labels; formatting details are the
// exporter's tests' business.
public sealed class Scrape(string text)
{
    public string Text { get; } = text;

    public IReadOnlyList<Sample> Samples { get; } = text.Split('\n')
        .Where(l => l.Length > 0 && l[0] != '#')
        .Select(Parse)
        .ToList();

    public static async Task<Scrape> FetchAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.TryAddWithoutValidation("Accept", "text/plain;version=0.0.4");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return new Scrape(await response.Content.ReadAsStringAsync());
    }

    public IEnumerable<Sample> Named(string name) => Samples.Where(s => s.Name == name);

    public Sample Single(string name) => Assert.Single(Named(name));

    public string? TypeOf(string family) =>
        Text.Split('\n').FirstOrDefault(l => l.StartsWith($"# TYPE {family} ", StringComparison.Ordinal))?.Split(' ')[3];

    private static Sample Parse(string line)
    {
        var nameEnd = line.IndexOfAny(['{', ' ']);
        var name = line[..nameEnd];
        var labels = new Dictionary<string, string>();
        var i = nameEnd;
        if (line[i] == '{')
        {
            i++;
            while (line[i] != '}')
            {
                var eq = line.IndexOf('=', i);
                var key = line[i..eq].Trim(',', ' ');
                var value = new StringBuilder();
                for (i = eq + 2; line[i] != '"'; i++)
                {
                    if (line[i] == '\\') i++;
                    value.Append(line[i] == 'n' && line[i - 1] == '\\' ? '\n' : line[i]);
                }
                labels[key] = value.ToString();
                i++;
                if (line[i] == ',') i++;
            }
            i++;
        }
        var value0 = line[i..].Trim().Split(' ')[0];
        return new Sample(name, labels, double.Parse(value0.Replace("Inf", "Infinity"), CultureInfo.InvariantCulture));
    }
}
