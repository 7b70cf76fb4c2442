using System.Text;

namespace Backtest.Pushing;

// The Pushgateway URL path of a group: /metrics/job/{job}{/label/value}. A value that is empty or
// holds characters a path segment cannot carry plainly is sent as label@base64/{base64url}, the
// Pushgateway's own escape, so any configured value reaches it intact.
public static class GroupingKey
{
    public static string PathFor(string job, IEnumerable<KeyValuePair<string, string>> labels)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(job);
        var path = new StringBuilder("metrics").Append(Segment("job", job));
        foreach (var (name, value) in labels) path.Append(Segment(name, value));
        return path.ToString();
    }

    private static string Segment(string name, string value) =>
        value.Length > 0 && value.All(IsPlain)
            ? $"/{name}/{value}"
            : $"/{name}@base64/{Base64Url(value)}";

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':';

    // The Pushgateway reads the empty value as "=" (a lone padding character).
    private static string Base64Url(string value) =>
        value.Length == 0 ? "=" : Convert.ToBase64String(Encoding.UTF8.GetBytes(value)).Replace('+', '-').Replace('/', '_');
}
