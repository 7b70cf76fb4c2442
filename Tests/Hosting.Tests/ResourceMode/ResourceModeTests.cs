namespace Hosting.Tests.ResourceMode;

public sealed class ResourceModeTests
{
    private static ContainerRuntimeProbe Answering(params string[] runtimes) =>
        new((runtime, _, _) => runtimes.Contains(runtime) ? (true, "27.3.1\n") : (false, $"Cannot connect to the {runtime} daemon\n"));

    [Theory]
    [InlineData("container", Aspire.Hosting.ResourceMode.Container)]
    [InlineData("executable", Aspire.Hosting.ResourceMode.Executable)]
    [InlineData(" Container ", Aspire.Hosting.ResourceMode.Container)]
    public void AForcedModeIsTakenWithoutAskingAnyRuntime(string setting, Aspire.Hosting.ResourceMode expected)
    {
        var asked = false;
        var decision = ResourceModeDecision.Decide(setting, new((_, _, _) => { asked = true; return (true, ""); }));
        Assert.Equal(expected, decision.Mode);
        Assert.False(asked);
        Assert.Equal($"Hosting:ResourceMode={expected.ToString().ToLowerInvariant()}", decision.Reason);
    }

    [Fact]
    public void DockerAnsweringMeansContainers() =>
        Assert.Equal(Aspire.Hosting.ResourceMode.Container, ResourceModeDecision.Decide(null, Answering("docker")).Mode);

    [Fact]
    public void PodmanAnsweringWhenDockerDoesNotMeansContainers()
    {
        var decision = ResourceModeDecision.Decide("auto", Answering("podman"));
        Assert.Equal(Aspire.Hosting.ResourceMode.Container, decision.Mode);
        Assert.Equal("`podman info` answered (server 27.3.1)", decision.Reason);
    }

    [Fact]
    public void NoRuntimeAnsweringMeansExecutablesAndSaysWhatEachAnswered()
    {
        var decision = ResourceModeDecision.Decide("", Answering());
        Assert.Equal(Aspire.Hosting.ResourceMode.Executable, decision.Mode);
        Assert.Equal("no container runtime answered (docker info: Cannot connect to the docker daemon; podman info: Cannot connect to the podman daemon)",
            decision.Reason);
    }

    [Fact]
    public void AnUnknownModeIsRefusedWithTheChoices()
    {
        var error = Assert.Throws<DistributedApplicationException>(() => ResourceModeDecision.Decide("kubernetes", Answering()));
        Assert.Equal("Hosting:ResourceMode='kubernetes' is not one of auto, container, executable.", error.Message);
    }

    [Fact]
    public void AMissingBinaryCountsAsNoRuntime()
    {
        var (runtime, reason) = new ContainerRuntimeProbe((name, args, timeout) => (false, "No such file or directory")).Detect();
        Assert.Null(runtime);
        Assert.Contains("docker info: No such file or directory", reason, StringComparison.Ordinal);
    }
}
