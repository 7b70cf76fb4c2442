using Hosting.Dashboard;

namespace Dashboard.Tests;

public sealed class AnsiEscapesTests
{
    [Theory]
    [InlineData("\u001b[32minfo\u001b[39m: Started", "info: Started")]
    [InlineData("\u001b[1;31mfail\u001b[0m", "fail")]
    [InlineData("\u001b]0;title\u0007text", "text")]
    [InlineData("\u001b[2Kprogress", "progress")]
    [InlineData("plain line", "plain line")]
    [InlineData("", "")]
    public void ColourAndControlSequencesAreStripped(string raw, string expected) =>
        Assert.Equal(expected, AnsiEscapes.Strip(raw));
}
