using Kubernetes.Tests.Support;
using Kubernetes.Tree;
using YamlDotNet.RepresentationModel;

namespace Kubernetes.Tests.Tree;

public class KustomizationTests
{
    [Fact]
    public void KustomizationListsEveryOtherFileOfTheTreeOnce()
    {
        using var tree = PublishedTree.FromAppHost();
        var stream = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(Path.Combine(tree.Root, Kustomization.FileName)))) stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var listed = ((YamlSequenceNode)root["resources"]).Children.Select(c => c.ToString()).ToList();
        var onDisk = tree.YamlFiles.Select(f => Path.GetRelativePath(tree.Root, f)).Where(f => f != Kustomization.FileName);

        Assert.Equal("kustomize.config.k8s.io/v1beta1", root["apiVersion"].ToString());
        Assert.Equal(onDisk.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Equal(listed.Count, listed.Distinct().Count());
    }

    [Fact]
    public void NamespaceIsSetOnlyWhenConfigured()
    {
        using var without = PublishedTree.FromAppHost();
        using var with = PublishedTree.FromAppHost(o => o.Namespace = "shop");
        Assert.DoesNotContain("namespace:", File.ReadAllText(Path.Combine(without.Root, Kustomization.FileName)));
        Assert.Contains("namespace: shop", File.ReadAllText(Path.Combine(with.Root, Kustomization.FileName)));
    }
}
