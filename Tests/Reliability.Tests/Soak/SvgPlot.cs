using System.Globalization;
using System.Text;

namespace Reliability.Tests.Soak;

// The soak's curves as a small SVG (no plotting package is installed here; an SVG is text): resident
// memory per instance (MiB, left axis, solid) and open file descriptors (right axis, dashed), against minutes.
public static class SvgPlot
{
    private const int Width = 900, Height = 420, Left = 70, Right = 70, Top = 40, Bottom = 50;
    private static readonly string[] Colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"];

    public static string Render(IReadOnlyList<SoakSample> samples, string title)
    {
        var instances = samples.SelectMany(s => s.ResidentBytes.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var maxMinutes = Math.Max(samples[^1].At.TotalMinutes, 0.1);
        var maxMib = samples.SelectMany(s => s.ResidentBytes.Values).Max() / 1048576 * 1.15;
        var maxFds = samples.SelectMany(s => s.OpenFds.Values).Max() * 1.3;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" font-family=\"sans-serif\" font-size=\"12\">"));
        svg.Append(Inv($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/><text x=\"{Left}\" y=\"22\" font-size=\"14\">{Escape(title)}</text>"));
        svg.Append(Inv($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{Width - Left - Right}\" height=\"{Height - Top - Bottom}\" fill=\"none\" stroke=\"#999\"/>"));
        for (var i = 0; i <= 5; i++)
        {
            var y = Top + (Height - Top - Bottom) * (1 - i / 5.0);
            svg.Append(Inv($"<text x=\"{Left - 8}\" y=\"{y + 4:0.0}\" text-anchor=\"end\">{maxMib * i / 5:0}</text>"));
            svg.Append(Inv($"<text x=\"{Width - Right + 8}\" y=\"{y + 4:0.0}\">{maxFds * i / 5:0}</text>"));
            var x = Left + (Width - Left - Right) * i / 5.0;
            svg.Append(Inv($"<text x=\"{x:0.0}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{maxMinutes * i / 5:0.0}</text>"));
        }
        svg.Append(Inv($"<text x=\"{Width / 2}\" y=\"{Height - 12}\" text-anchor=\"middle\">minutes</text>"));
        svg.Append(Inv($"<text x=\"16\" y=\"{Height / 2}\" transform=\"rotate(-90 16 {Height / 2})\" text-anchor=\"middle\">resident memory (MiB), solid</text>"));
        svg.Append(Inv($"<text x=\"{Width - 14}\" y=\"{Height / 2}\" transform=\"rotate(90 {Width - 14} {Height / 2})\" text-anchor=\"middle\">open fds, dashed</text>"));
        for (var i = 0; i < instances.Count; i++)
        {
            var colour = Colours[i % Colours.Length];
            var instance = instances[i];
            svg.Append(Line(samples.Where(s => s.ResidentBytes.ContainsKey(instance)).Select(s => (s.At.TotalMinutes / maxMinutes, s.ResidentBytes[instance] / 1048576 / maxMib)), colour, dashed: false));
            svg.Append(Line(samples.Where(s => s.OpenFds.ContainsKey(instance)).Select(s => (s.At.TotalMinutes / maxMinutes, s.OpenFds[instance] / maxFds)), colour, dashed: true));
            svg.Append(Inv($"<text x=\"{Left + 10}\" y=\"{Top + 16 + 16 * i}\" fill=\"{colour}\">{Escape(instance)}</text>"));
        }
        return svg.Append("</svg>\n").ToString();
    }

    private static string Line(IEnumerable<(double X, double Y)> points, string colour, bool dashed)
    {
        var coordinates = string.Join(' ', points.Select(p => Inv($"{Left + (Width - Left - Right) * p.X:0.0},{Top + (Height - Top - Bottom) * (1 - p.Y):0.0}")));
        return Inv($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\"{(dashed ? " stroke-dasharray=\"5,4\"" : "")} points=\"{coordinates}\"/>");
    }

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
