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
        using var tree = PublishedTree.FromFixture();
        var published = tree.Read<PrometheusRule>($"prometheus/rules-{stem}.yaml");
        var expected = RulesInFile(RepositoryRoot.Combine("prometheus", "rules", $"{stem}.yml"));
        var actual = published.Spec.Groups.SelectMany(g => g.Rules.Select(r => (g.Name, r.Alert ?? r.Record!, r.Expr))).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EveryRuleFileBecomesOnePrometheusRule()
    {
        using var tree = PublishedTree.FromFixture();
        var files = Directory.GetFiles(RepositoryRoot.Combine("prometheus", "rules"), "*.yml").Select(Path.GetFileNameWithoutExtension).Order();
        Assert.Equal(files.Select(f => $"aspire-metrics-{f}"), tree.Objects<PrometheusRule>().Select(r => r.Metadata.Name).Order());
    }

    [Fact]
    public void AlertLabelsAnnotationsAndDurationsAreKept()
    {
        using var tree = PublishedTree.FromFixture();
        var rule = tree.Read<PrometheusRule>("prometheus/rules-alerts.yaml").Spec.Groups.SelectMany(g => g.Rules).First(r => r.Alert == "ModelAccuracyLow");
        Assert.Equal("15m", rule.For);
        Assert.Equal("warning", rule.Labels!["severity"]);
        Assert.Equal("README.md#runbook-modelaccuracylow", rule.Annotations!["runbook"]);
    }

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
