using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace Predictor.Model;

// The allowlist: the only tickers that are predicted and the only values the ticker label takes.
public sealed class TickerCatalog
{
    private readonly Dictionary<string, TickerProfile> _profiles = new(StringComparer.OrdinalIgnoreCase);

    public TickerCatalog(IOptions<PredictorOptions> options)
    {
        foreach (var ticker in options.Value.EffectiveTickers)
        {
            var symbol = ticker.Trim().ToUpperInvariant();
            if (symbol.Length > 0) _profiles.TryAdd(symbol, TickerProfile.For(symbol));
        }
        Symbols = [.. _profiles.Keys];
        Profiles = [.. _profiles.Values];
    }

    public IReadOnlyList<string> Symbols { get; }
    public IReadOnlyList<TickerProfile> Profiles { get; }

    public bool TryGet(string? ticker, [NotNullWhen(true)] out TickerProfile? profile)
    {
        profile = null;
        return ticker is { Length: > 0 and <= 16 } && _profiles.TryGetValue(ticker, out profile);
    }
}
