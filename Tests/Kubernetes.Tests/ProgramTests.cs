using k8s;
using k8s.Models;
using Kubernetes.Tests.Support;
using TestSupport;

namespace Kubernetes.Tests;

// The publisher as the script runs it: `dotnet Kubernetes.dll --manifest … --output …` with appsettings.json.
public class ProgramTests
{
    private static Task<ToolResult> RunAsync(params string[] args) =>
        ToolRun.RunAsync("dotnet", [typeof(KubernetesTree).Assembly.Location, .. args], RepositoryRoot.Path);

    [Fact]
    public async Task PublishesTheTreeAndListsWhatItWrote()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "k8s");
        var result = await RunAsync("--manifest", RepositoryRoot.Combine(PublishedTree.FixtureManifest), "--output", output,
            "--image-registry", "example.org/shop", "--image-tag", "7", "--Parameters:cache-password=from-the-command-line");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"Wrote 20 files to {output}", result.Stdout);
        Assert.Contains("  predictor/servicemonitor.yaml", result.Stdout);
        var deployment = KubernetesYaml.LoadAllFromString(File.ReadAllText(Path.Combine(output, "api", "deployment.yaml")),
            new Dictionary<string, Type> { ["apps/v1/Deployment"] = typeof(V1Deployment) }).OfType<V1Deployment>().Single();
        Assert.Equal("example.org/shop/api:7", deployment.Spec.Template.Spec.Containers.Single().Image);
        Assert.Equal(1654, deployment.Spec.Template.Spec.SecurityContext.RunAsUser);
        Assert.Contains("from-the-command-line", File.ReadAllText(Path.Combine(output, "cache", "secret.yaml")));
    }

    [Fact]
    public async Task WithoutAManifestItSaysWhatIsMissing()
    {
        var result = await RunAsync("--output", "/tmp/unused");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: No manifest given", result.Stderr);
    }

    [Fact]
    public async Task ProblemsWithTheInputAreOneLineErrorsWithoutAStackTrace()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("manifest.json"), """{ "resources": { "x": { "type": "executable.v0", "command": "x" } } }""");
        var result = await RunAsync("--manifest", temp.File("manifest.json"), "--output", temp.File("out"));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: Executable 'x' (x) has no image: pass --Images:Overrides:x=IMAGE.", result.Stderr.Trim());
    }
}
