using System.Collections.Immutable;

namespace Hosting.Tests.Restart;

public sealed class RestartPolicyTests
{
    [Fact]
    public void TheDelayDoublesWithEachCrashInARowUpToTheCap()
    {
        var policy = new RestartPolicyAnnotation(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(5));
        Assert.Equal([500, 1000, 2000, 4000, 5000, 5000], Enumerable.Range(1, 6).Select(n => policy.DelayAfter(n).TotalMilliseconds));
    }

    [Fact]
    public void HugeCrashCountsStayAtTheCap() =>
        Assert.Equal(TimeSpan.FromSeconds(30), RestartPolicyAnnotation.Default.DelayAfter(int.MaxValue));

    [Fact]
    public void WithRestartOnCrashAnnotatesTheResourceOnceWithTheLastPolicy()
    {
        var builder = Support.Model.Builder("executable");
        var sleeper = builder.AddExecutable("sleeper", "sleep", ".", "60")
            .WithRestartOnCrash()
            .WithRestartOnCrash(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8));
        Assert.Equal(new RestartPolicyAnnotation(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8)),
            Assert.Single(sleeper.Resource.Annotations.OfType<RestartPolicyAnnotation>()));
    }

    [Theory]
    [InlineData(new[] { "Starting", "Running", "Finished" }, true)]
    [InlineData(new[] { "Running", "Exited" }, true)]
    [InlineData(new[] { "Running", "Stopping", "Finished" }, false)]
    [InlineData(new[] { "Running", "Terminated" }, false)]
    [InlineData(new[] { "Starting", "FailedToStart" }, false)]
    [InlineData(new[] { "Starting", "Finished" }, false)]
    public void OnlyAProcessThatEndsByItselfWhileRunningCountsAsACrash(string[] states, bool crash)
    {
        var detector = new CrashDetector();
        var verdicts = states.Select(s => detector.IsCrash(Snapshot(s))).ToList();
        Assert.Equal(crash, verdicts[^1]);
        Assert.All(verdicts[..^1], Assert.False);
    }

    private static CustomResourceSnapshot Snapshot(string state) =>
        new() { ResourceType = "Executable", Properties = ImmutableArray<ResourcePropertySnapshot>.Empty, State = state };
}
