using Hosting.Integrations.Containers;

namespace Hosting.Tests.Integrations.Containers;

public class ContainerRuntimeDetectorTests
{
    private static readonly CommandResult DockerAnswers = new(0, "27.3.1");
    private static readonly CommandResult PodmanAnswers = new(0, "5.2.2");
    private static readonly CommandResult DockerDaemonDown =
        new(1, "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?");

    private static (ContainerRuntimeDetector Detector, ScriptedCommandRunner Runner) Detector(
        Dictionary<string, CommandResult> answers, string? dockerHost = null)
    {
        var runner = new ScriptedCommandRunner(answers);
        return (new ContainerRuntimeDetector(runner, name => name == "DOCKER_HOST" ? dockerHost : null), runner);
    }

    [Fact]
    public async Task ForcedNoneAsksNothingAndSaysWhy()
    {
        var (detector, runner) = Detector(new() { ["docker"] = DockerAnswers });

        var runtime = await detector.DetectAsync(ContainerRuntimeMode.None);

        Assert.False(runtime.IsAvailable);
        Assert.Equal("Hosting:ContainerRuntime=none", runtime.Description);
        Assert.Empty(runner.Asked);
    }

    [Theory]
    [InlineData(ContainerRuntimeMode.Docker, "docker")]
    [InlineData(ContainerRuntimeMode.Podman, "podman")]
    public async Task ForcedRuntimeIsTakenAtItsWordWithoutProbing(ContainerRuntimeMode mode, string command)
    {
        var (detector, runner) = Detector([]);

        var runtime = await detector.DetectAsync(mode);

        Assert.Equal(command, runtime.Command);
        Assert.Contains($"forced by Hosting:ContainerRuntime={command}", runtime.Description);
        Assert.Empty(runner.Asked);
    }

    [Fact]
    public async Task AutoUsesDockerWhenDockerInfoAnswers()
    {
        var (detector, runner) = Detector(new() { ["docker"] = DockerAnswers, ["podman"] = PodmanAnswers });

        var runtime = await detector.DetectAsync(ContainerRuntimeMode.Auto);

        Assert.Equal("docker", runtime.Command);
        Assert.Equal("docker 27.3.1 (`docker info` answered)", runtime.Description);
        Assert.Equal(["docker info --format {{.ServerVersion}}"], runner.Asked);
    }

    [Fact]
    public async Task AutoFallsBackToPodmanWhenDockerInfoFails()
    {
        var (detector, runner) = Detector(new() { ["docker"] = DockerDaemonDown, ["podman"] = PodmanAnswers });

        var runtime = await detector.DetectAsync(ContainerRuntimeMode.Auto);

        Assert.Equal("podman", runtime.Command);
        Assert.Equal(["docker info --format {{.ServerVersion}}", "podman info --format {{.ServerVersion}}"], runner.Asked);
    }

    [Fact]
    public async Task AutoReportsEveryFailureWhenNoRuntimeAnswers()
    {
        var (detector, _) = Detector(new() { ["docker"] = DockerDaemonDown });

        var runtime = await detector.DetectAsync(ContainerRuntimeMode.Auto);

        Assert.False(runtime.IsAvailable);
        Assert.Equal(
            "none answered (docker info: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. " +
            "Is the docker daemon running?; podman info: podman: not installed (not found on PATH))",
            runtime.Description);
    }

    [Fact]
    public async Task DockerHostMakesDockerTheOnlyRuntimeAsked()
    {
        var (detector, runner) = Detector(new() { ["docker"] = new(1, "Cannot connect to the Docker daemon at tcp://10.0.0.5:2375."), ["podman"] = PodmanAnswers },
            dockerHost: "tcp://10.0.0.5:2375");

        var runtime = await detector.DetectAsync(ContainerRuntimeMode.Auto);

        Assert.False(runtime.IsAvailable);
        Assert.Equal(["docker info --format {{.ServerVersion}}"], runner.Asked);
        Assert.EndsWith("DOCKER_HOST=tcp://10.0.0.5:2375)", runtime.Description);
    }

    [Fact]
    public async Task DockerHostIsNamedWhenDockerAnswersThroughIt()
    {
        var (detector, _) = Detector(new() { ["docker"] = DockerAnswers }, dockerHost: "unix:///run/user/1000/podman/podman.sock");

        var runtime = await detector.DetectAsync(ContainerRuntimeMode.Auto);

        Assert.Equal("docker", runtime.Command);
        Assert.Equal("docker 27.3.1 (`docker info` answered, DOCKER_HOST=unix:///run/user/1000/podman/podman.sock)", runtime.Description);
    }

    [Fact]
    public async Task RealDockerCliWithoutADaemonCountsAsNoAnswer()
    {
        // This machine has the docker CLI but no daemon; the real runner must see the failure, not hang.
        var result = await new ProcessCommandRunner().RunAsync("docker", ["info", "--format", "{{.ServerVersion}}"], TimeSpan.FromSeconds(20));

        Assert.False(result.Succeeded, result.Output);
    }

    [Fact]
    public async Task MissingCliIsAFailedAnswerNotAnException()
    {
        var result = await new ProcessCommandRunner().RunAsync("no-such-container-cli", ["info"], TimeSpan.FromSeconds(5));

        Assert.Equal(ProcessCommandRunner.NotRun, result.ExitCode);
        Assert.Equal("no-such-container-cli: not installed (not found on PATH)", result.Output);
    }
}
