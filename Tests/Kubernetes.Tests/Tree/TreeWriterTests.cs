using Kubernetes.Tree;
using TestSupport;

namespace Kubernetes.Tests.Tree;

public class TreeWriterTests
{
    private static readonly GeneratedFile[] OneFile =
        [new(Kustomization.FileName, new Kustomization { Resources = ["a.yaml"] })];

    [Fact]
    public void MissingOutputDirectoryIsCreated()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "new", "k8s");
        TreeWriter.Write(output, OneFile);
        Assert.StartsWith(TreeWriter.Header, File.ReadAllText(Path.Combine(output, Kustomization.FileName)));
    }

    [Fact]
    public void NonEmptyDirectoryThisToolDidNotWriteIsLeftAlone()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("notes.txt"), "mine");
        var error = Assert.Throws<PublishException>(() => TreeWriter.Write(temp.Path, OneFile));
        Assert.Contains("not empty", error.Message);
        Assert.Equal("mine", File.ReadAllText(temp.File("notes.txt")));
    }

    [Fact]
    public void PreviousTreeIsReplacedWithoutStaleFiles()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "k8s");
        TreeWriter.Write(output, [.. OneFile, new GeneratedFile("old/service.yaml", new Kustomization())]);
        TreeWriter.Write(output, OneFile);
        Assert.False(Directory.Exists(Path.Combine(output, "old")));
        Assert.True(File.Exists(Path.Combine(output, Kustomization.FileName)));
    }

    [Fact]
    public void OutputThatCannotBeADirectoryIsReportedAsNotWritable()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("file"), "");
        var error = Assert.Throws<PublishException>(() => TreeWriter.Write(Path.Combine(temp.File("file"), "k8s"), OneFile));
        Assert.Contains("not writable", error.Message);
    }

    [Fact]
    public void OutputThatIsAFileIsRefused()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("file"), "");
        Assert.Contains("is a file", Assert.Throws<PublishException>(() => TreeWriter.Write(temp.File("file"), OneFile)).Message);
    }
}
