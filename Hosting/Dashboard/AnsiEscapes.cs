using System.Text.RegularExpressions;

namespace Hosting.Dashboard;

/// <summary>Console lines keep their text; colour and cursor control sequences are dropped.</summary>
public static partial class AnsiEscapes
{
    public static string Strip(string text) => text.Contains('\u001b') ? Sequence().Replace(text, "") : text;

    // CSI (ESC [ ... final byte), OSC (ESC ] ... BEL or ESC \) and two-byte escapes.
    [GeneratedRegex(@"\u001b(\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(\u0007|\u001b\\)|[@-Z\\-_])")]
    private static partial Regex Sequence();
}
