using Kubernetes.Tests.Support;
using Kubernetes.Tree;
using TestSupport;

namespace Kubernetes.Tests.Eng;

// eng/publish-kubernetes.sh: the whole path from the AppHost to a tree, and its OUT_DIR checks (made before it
// builds anything).
public class PublishKubernetesScriptTests
{
    private static Task<ToolResult> RunAsync(params string[] args) =>
        ToolRun.RunAsync("/bin/bash", [RepositoryRoot.Combine("eng", "publish-kubernetes.sh"), .. args], RepositoryRoot.Path,
            timeout: TimeSpan.FromMinutes(5));

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

    [Fact]
    public async Task PublishesTheAppHostModelIntoANewDirectoryAndListsEveryFile()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "k8s");

        var result = await RunAsync(output, "--image-tag", "script-test");

        Assert.True(result.ExitCode == 0, result.ToString());
        var written = Directory.GetFiles(output, "*.yaml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f)).ToList();
        Assert.Contains(Kustomization.FileName, written);
        Assert.All(written, f => Assert.Contains($"  {f}\n", result.Stdout));
        Assert.Contains($"kubectl apply -k {output}", result.Stdout);
        var results = await SchemaValidator.ValidateAsync(written.Where(f => f != Kustomization.FileName).Select(f => Path.Combine(output, f)));
        Assert.All(results, r => Assert.True(r.Valid, $"{r.File}: {r.Error}"));
        Assert.Contains("registry.example.com/aspire-metrics/api:script-test", File.ReadAllText(Path.Combine(output, "api", "deployment.yaml")));
    }
}
