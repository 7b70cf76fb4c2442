using Hosting.ApplicationModel;
using Hosting.Orchestration;

namespace Hosting.Tests.Orchestration;

public sealed class RestartBackoffTests
{
    private static readonly RestartPolicyAnnotation Policy =
        new(true, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30));

    [Theory]
    [InlineData(0, 500)]
    [InlineData(1, 1000)]
    [InlineData(2, 2000)]
    [InlineData(3, 4000)]
    [InlineData(4, 8000)]
    [InlineData(5, 10000)]
    [InlineData(60, 10000)]
    public void DelayDoublesAfterEachConsecutiveExitUpToTheCap(int consecutiveExits, int expectedMilliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), RestartBackoff.Delay(Policy, consecutiveExits));
}
