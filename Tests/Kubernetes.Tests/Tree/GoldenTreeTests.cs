using Kubernetes.Tests.Support;

namespace Kubernetes.Tests.Tree;

public class GoldenTreeTests
{
    [Fact]
    public void FixtureManifestPublishesTheGoldenTree()
    {
        using var tree = PublishedTree.FromFixture();
        GoldenTree.AssertMatches(tree, "fixture");
    }

    [Fact]
    public void PublishingTwiceGivesTheSameTree()
    {
        using var first = PublishedTree.FromFixture();
        using var second = PublishedTree.FromFixture();
        Assert.Equal(first.YamlFiles.Select(f => File.ReadAllText(f)), second.YamlFiles.Select(f => File.ReadAllText(f)));
    }
}
