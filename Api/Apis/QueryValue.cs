using System.Globalization;

namespace Api.Apis;

// Query values are bound as strings and parsed here, so malformed input gets a clear 400 of ours
// instead of the framework's binding failure.
internal static class QueryValue
{
    public static bool TryParseBounded(string? text, int min, int max, out int value)
    {
        value = 0;
        return text is { Length: > 0 and <= 10 }
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value)
            && value >= min && value <= max;
    }
}
