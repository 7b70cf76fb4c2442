using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Api.Model;

// A validated /predict request: ticker upper-cased and of a safe shape, model a known name.
public sealed partial record PredictionRequest(string Ticker, string Model)
{
    public static readonly IReadOnlyList<string> Models = ["normal", "earnings"];

    public static bool IsTickerShape(string? ticker) => ticker is not null && TickerShape().IsMatch(ticker);

    public static bool TryParseModel(string? model, [NotNullWhen(true)] out string? name)
    {
        name = string.IsNullOrEmpty(model) ? Models[0] : Models.FirstOrDefault(m => m.Equals(model, StringComparison.OrdinalIgnoreCase));
        return name is not null;
    }

    // Letters, digits, dot and dash, starting with a letter or digit (so never "." or ".."), at most 10.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9.-]{0,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex TickerShape();
}
