using Kubernetes.Tests.Support;

namespace Kubernetes.Tests.Tree;

public class GoldenTreeTests
{
    // The whole tree from the real AppHost's manifest, the password replaced by a clear placeholder.
    [Fact]
    public void AppHostModelPublishesTheGoldenTree()
    {
        using var tree = PublishedTree.FromAppHost();
        GoldenTree.AssertMatches(tree, "apphost");
    }

    [Fact]
    public void PublishingTwiceGivesTheSameTree()
    {
        using var first = PublishedTree.FromAppHost();
        using var second = PublishedTree.FromAppHost();
        Assert.Equal(first.YamlFiles.Select(f => File.ReadAllText(f)), second.YamlFiles.Select(f => File.ReadAllText(f)));
    }
}
