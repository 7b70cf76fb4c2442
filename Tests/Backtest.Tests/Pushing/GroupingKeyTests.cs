using Backtest.Pushing;

namespace Backtest.Tests.Pushing;

public sealed class GroupingKeyTests
{
    [Theory]
    [InlineData("backtest", null, "metrics/job/backtest")]
    [InlineData("backtest", "nightly", "metrics/job/backtest/instance/nightly")]
    [InlineData("backtest", "host-1.example:9091", "metrics/job/backtest/instance/host-1.example:9091")]
    [InlineData("backtest", "eu/west 1", "metrics/job/backtest/instance@base64/ZXUvd2VzdCAx")]
    [InlineData("backtest", "", "metrics/job/backtest/instance@base64/=")]
    [InlineData("night/ly", null, "metrics/job@base64/bmlnaHQvbHk=")]
    [InlineData("a>b?", null, "metrics/job@base64/YT5iPw==")]
    public void ThePathCarriesEveryValueIntact(string job, string? instance, string path)
    {
        var labels = instance is null ? [] : new[] { KeyValuePair.Create("instance", instance) };

        Assert.Equal(path, GroupingKey.PathFor(job, labels));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void AJobNameIsRequired(string job) =>
        Assert.ThrowsAny<ArgumentException>(() => GroupingKey.PathFor(job, []));
}
