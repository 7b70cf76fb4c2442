namespace Eng.Tests.Prerequisites;

// eng/prerequisites.sh, as eng/run.sh and eng/test.sh call it, on a PATH without the prerequisites. The
// expected package lists are the specification: a row added to the script's table must be added here too.
public sealed class PrerequisitesScriptTests
{
    private static readonly string[] RunPackages = ["redis-server", "redis-tools", "prometheus"];
    private static readonly string[] TestPackages = [.. RunPackages, "chromium"];
    private static readonly string[] AllCommands =
        ["redis-server", "redis-cli", "prometheus", "promtool", "chromium"];

    [Theory]
    [InlineData("run")]
    [InlineData("test")]
    public async Task FreshMachineAsksAptGetForExactlyWhatTheJobNeeds(string mode)
    {
        using var sandbox = new PrerequisitesSandbox();

        var run = await sandbox.RunAsync(mode);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.Equal(mode == "run" ? RunPackages : TestPackages, sandbox.InstalledPackages());
    }

    [Fact]
    public async Task AptGetUpdatesFirstAndWaitsForTheDpkgLock()
    {
        using var sandbox = new PrerequisitesSandbox();

        await sandbox.RunAsync("run");

        Assert.Equal(2, sandbox.AptCalls.Count);
        Assert.Contains(" update", sandbox.AptCalls[0]);
        Assert.Contains(" install ", sandbox.AptCalls[1]);
        Assert.All(sandbox.AptCalls, call => Assert.StartsWith("-o DPkg::Lock::Timeout=300 ", call));
    }

    [Fact]
    public async Task OnlyPromtoolMissingAsksForThePackageThatProvidesIt()
    {
        using var sandbox = new PrerequisitesSandbox(present: AllCommands.Where(c => c != "promtool").ToArray());

        var run = await sandbox.RunAsync("test");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["prometheus"], sandbox.InstalledPackages());
    }

    [Fact]
    public async Task RunDoesNotInstallWhatOnlyTheTestsNeed()
    {
        using var sandbox = new PrerequisitesSandbox(present: AllCommands.Where(c => c != "chromium").ToArray());

        var run = await sandbox.RunAsync("run");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(sandbox.AptCalls);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("test")]
    public async Task EverythingPresentCallsNoAptGetAndPrintsNothing(string mode)
    {
        using var sandbox = new PrerequisitesSandbox(present: AllCommands);

        var run = await sandbox.RunAsync(mode);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(sandbox.AptCalls);
        Assert.Equal("", run.Stdout + run.Stderr);
    }

    [Fact]
    public async Task WithoutRootItNamesThePackagesAndTheCommandAndInstallsNothing()
    {
        using var sandbox = new PrerequisitesSandbox(root: false);

        var run = await sandbox.RunAsync("test");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(sandbox.AptCalls);
        Assert.Contains($"sudo apt-get install -y {string.Join(' ', TestPackages)}", run.Stderr);
    }

    [Fact]
    public async Task WithoutAptGetItNamesThePackagesAndExitsNonZero()
    {
        using var sandbox = new PrerequisitesSandbox(aptGet: false);

        var run = await sandbox.RunAsync("run");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"missing prerequisites for eng/run.sh: {string.Join(' ', RunPackages)}", run.Stderr);
    }

    [Fact]
    public async Task AnUnknownJobIsRefusedWithUsage()
    {
        using var sandbox = new PrerequisitesSandbox(present: AllCommands);

        var run = await sandbox.RunAsync("deploy");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage: eng/prerequisites.sh run|test", run.Stderr);
    }
}
