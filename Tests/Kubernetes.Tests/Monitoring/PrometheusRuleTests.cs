using Kubernetes.Monitoring;
using Kubernetes.Tests.Support;
using TestSupport;
using YamlDotNet.RepresentationModel;

namespace Kubernetes.Tests.Monitoring;

public class PrometheusRuleTests
{
    // The rule files read independently of the publisher: (group, rule name, expr) in file order.
    private static List<(string Group, string Name, string Expr)> RulesInFile(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(path))) stream.Load(reader);
        var groups = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["groups"];
        return [.. groups.Children.Cast<YamlMappingNode>().SelectMany(g =>
            ((YamlSequenceNode)g["rules"]).Children.Cast<YamlMappingNode>().Select(r => (
                g["name"].ToString(),
                (r.Children.TryGetValue("alert", out var alert) ? alert : r["record"]).ToString(),
                r["expr"].ToString())))];
    }

    [Theory]
    [InlineData("alerts")]
    [InlineData("recording")]
    public void EachRuleExpressionEqualsTheRuleFiles(string stem)
    {
        using var tree = PublishedTree.FromAppHost();
        var published = tree.Read<PrometheusRule>($"prometheus/rules-{stem}.yaml");
        var expected = RulesInFile(RepositoryRoot.Combine("prometheus", "rules", $"{stem}.yml"));
        var actual = published.Spec.Groups.SelectMany(g => g.Rules.Select(r => (g.Name, r.Alert ?? r.Record!, r.Expr))).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EveryRuleFileBecomesOnePrometheusRule()
    {
        using var tree = PublishedTree.FromAppHost();
        var files = Directory.GetFiles(RepositoryRoot.Combine("prometheus", "rules"), "*.yml").Select(Path.GetFileNameWithoutExtension).Order();
        Assert.Equal(files.Select(f => $"aspire-metrics-{f}"), tree.Objects<PrometheusRule>().Select(r => r.Metadata.Name).Order());
    }

    [Fact]
    public void AlertDurationsLabelsAndAnnotationsAreTheRuleFiles()
    {
        using var tree = PublishedTree.FromAppHost();
        var published = tree.Read<PrometheusRule>("prometheus/rules-alerts.yaml").Spec.Groups.SelectMany(g => g.Rules).ToList();
        var stream = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(RepositoryRoot.Combine("prometheus", "rules", "alerts.yml")))) stream.Load(reader);
        var inFile = ((YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["groups"]).Children.Cast<YamlMappingNode>()
            .SelectMany(g => ((YamlSequenceNode)g["rules"]).Children.Cast<YamlMappingNode>()).ToList();

        Assert.Equal(inFile.Count, published.Count);
        foreach (var (expected, actual) in inFile.Zip(published))
        {
            Assert.Equal(expected["alert"].ToString(), actual.Alert);
            Assert.Equal(expected.Children.TryGetValue("for", out var duration) ? duration.ToString() : null, actual.For);
            Assert.Equal(Map(expected, "labels"), actual.Labels ?? []);
            Assert.Equal(Map(expected, "annotations"), actual.Annotations ?? []);
        }
        Assert.Contains(published, r => r.Annotations?.ContainsKey("runbook") == true);
    }

    private static Dictionary<string, string> Map(YamlMappingNode rule, string key) =>
        rule.Children.TryGetValue(key, out var node)
            ? ((YamlMappingNode)node).Children.ToDictionary(c => c.Key.ToString(), c => c.Value.ToString())
            : [];

    [Fact]
    public void RuleFileWithAFieldThePublisherDoesNotKnowIsRefused()
    {
        using var directory = new TempDirectory();
        var file = directory.File("odd.yml");
        File.WriteAllText(file, "groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n        severity: page\n");
        var error = Assert.Throws<PublishException>(() => PrometheusRuleBuilder.Read(file));
        Assert.Contains("odd.yml", error.Message);
    }
}
