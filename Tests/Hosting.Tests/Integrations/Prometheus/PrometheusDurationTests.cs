using Hosting.Integrations.Prometheus;

namespace Hosting.Tests.Integrations.Prometheus;

public class PrometheusDurationTests
{
    [Theory]
    [InlineData("5s", 5_000)]
    [InlineData("500ms", 500)]
    [InlineData("1m30s", 90_000)]
    [InlineData("2h", 7_200_000)]
    [InlineData("1d", 86_400_000)]
    public void DurationsAreParsedInPrometheusSyntax(string text, long milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), PrometheusDuration.Parse(text));

    [Theory]
    [InlineData(5_000, "5s")]
    [InlineData(90_000, "90s")]
    [InlineData(250, "250ms")]
    [InlineData(1_500, "1500ms")]
    public void DurationsAreWrittenInWholeSecondsOrMilliseconds(long milliseconds, string text) =>
        Assert.Equal(text, PrometheusDuration.Format(TimeSpan.FromMilliseconds(milliseconds)));

    [Theory]
    [InlineData("5")]
    [InlineData("five seconds")]
    [InlineData("")]
    public void MalformedDurationsAreRejected(string text) =>
        Assert.Throws<FormatException>(() => PrometheusDuration.Parse(text));
}
