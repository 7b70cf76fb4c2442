using System.Text.RegularExpressions;
using TestSupport;
using TestSupport.Grafana;
using YamlDotNet.RepresentationModel;

namespace Distributed.Tests.Queries;

public sealed record LiveQuery(string Source, string Expr)
{
    public override string ToString() => Source;
}

// Every query the repository ships for people to run: dashboard panels (template variables filled in
// as a user would pick them), recording rule expressions, and the PromQL cookbook in docs/rules-and-dashboards.md.
public static partial class LiveQueries
{
    public static IReadOnlyList<LiveQuery> DashboardPanels(IReadOnlyDictionary<string, string> variables) =>
        PanelsIn(RepositoryRoot.Combine("grafana", "dashboards"), variables);

    // The ASP.NET Core team's dashboards, imported unchanged from ../shared (data, not ours): they test
    // our exporter's naming against a client nobody on this project wrote.
    public static IReadOnlyList<LiveQuery> CommunityDashboardPanels(IReadOnlyDictionary<string, string> variables) =>
        PanelsIn(RepositoryRoot.Combine("..", "shared", "community-dashboards"), variables);

    private static IReadOnlyList<LiveQuery> PanelsIn(string folder, IReadOnlyDictionary<string, string> variables) =>
    [
        .. GrafanaDashboard.LoadAll(folder)
            .SelectMany(d => d.Panels.SelectMany(p => p.Targets.Select(t =>
                new LiveQuery($"{d.FileName} / {p.Title} / {t.RefId}", TemplateVariables.Substitute(t.Expr, variables))))),
    ];

    public static IReadOnlyList<LiveQuery> RecordingRules() =>
    [
        .. RuleFiles().SelectMany(RulesIn)
            .Where(r => r.Children.ContainsKey(new YamlScalarNode("record")))
            .Select(r => new LiveQuery(Scalar(r, "record"), Scalar(r, "expr"))),
    ];

    public static IReadOnlyList<string> RecordingRuleNames() => [.. RecordingRules().Select(q => q.Source)];

    public static IReadOnlyList<LiveQuery> Cookbook() =>
    [
        .. CookbookBlock().Matches(File.ReadAllText(RepositoryRoot.Combine("docs", "rules-and-dashboards.md")))
            .Select(m => new LiveQuery($"cookbook: {m.Groups["question"].Value.Trim()}", m.Groups["query"].Value.Trim())),
    ];

    private static IEnumerable<string> RuleFiles() =>
        Directory.EnumerateFiles(RepositoryRoot.Combine("prometheus", "rules"), "*.yml").Order(StringComparer.Ordinal);

    private static IEnumerable<YamlMappingNode> RulesIn(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(file)));
        var groups = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("groups")];
        return groups.Children.Cast<YamlMappingNode>()
            .SelectMany(g => ((YamlSequenceNode)g.Children[new YamlScalarNode("rules")]).Children.Cast<YamlMappingNode>());
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value ?? "";

    [GeneratedRegex(@"^###+ (?<question>[^\n]+)\n```promql\n(?<query>.*?)```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CookbookBlock();
}
