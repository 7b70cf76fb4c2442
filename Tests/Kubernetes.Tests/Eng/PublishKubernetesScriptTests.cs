using System.Diagnostics;
using TestSupport;

namespace Kubernetes.Tests.Eng;

// eng/publish-kubernetes.sh checks its OUT_DIR before it builds anything.
public class PublishKubernetesScriptTests
{
    private static async Task<ToolResult> RunAsync(params string[] args)
    {
        var psi = new ProcessStartInfo("/bin/bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Path,
        };
        psi.ArgumentList.Add(RepositoryRoot.Combine("eng", "publish-kubernetes.sh"));
        foreach (var arg in args) psi.ArgumentList.Add(arg);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new ToolResult(process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task WithoutOutDirItPrintsUsage()
    {
        var result = await RunAsync();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage: eng/publish-kubernetes.sh OUT_DIR", result.Stderr);
    }

    [Fact]
    public async Task OutDirThatIsAFileIsRefused()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("file"), "");
        var result = await RunAsync(temp.File("file"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not a directory", result.Stderr);
        Assert.DoesNotContain("Building", result.Stdout);
    }

    [Fact]
    public async Task OutDirThatCannotBeCreatedIsRefused()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("file"), "");
        var result = await RunAsync(Path.Combine(temp.File("file"), "k8s"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot be created or is not writable", result.Stderr);
    }
}
