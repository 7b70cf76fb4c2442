using System.Text.RegularExpressions;
using Rules.Tests.PromQl;
using Rules.Tests.Prometheus;
using TestSupport;

namespace Rules.Tests.Docs;

// docs/rules-and-dashboards.md: a runbook section for every alert (the anchor its annotation links to)
// and a PromQL cookbook whose queries all parse.
public sealed partial class RulesDocTests
{
    private static string Markdown => File.ReadAllText(RepositoryRoot.Combine("docs", "rules-and-dashboards.md"));

    public static IReadOnlyList<string> CookbookQueries =>
        [.. PromQlBlock().Matches(Markdown).Select(m => m.Groups["query"].Value.Trim())];

    [Fact]
    public void EveryRunbookAnchorHasItsHeading()
    {
        var anchors = Heading().Matches(Markdown).Select(m => GitHubAnchor(m.Groups["text"].Value)).ToHashSet();
        var links = RuleFile.Alerts.Select(a => a.Annotations["runbook"].Split('#')[1]);
        Assert.Empty(links.Except(anchors));
    }

    [Fact]
    public void TheCookbookAnswersEveryQuestionWithAQuery() => Assert.True(CookbookQueries.Count >= 14, $"{CookbookQueries.Count} queries");

    [Fact]
    public async Task EveryCookbookQueryParsesAsPromQl()
    {
        var result = await PromQlSyntax.CheckAsync(CookbookQueries);
        Assert.True(result.ExitCode == 0, result + "\n" + string.Join("\n", CookbookQueries.Select((q, i) => $"{i}: {q}")));
    }

    // GitHub's rule: lower-case, drop punctuation except '-' and '_', spaces become '-'.
    public static string GitHubAnchor(string heading) =>
        AnchorPunctuation().Replace(heading.Trim().ToLowerInvariant(), "").Replace(' ', '-');

    [GeneratedRegex(@"```promql\n(?<query>.*?)```", RegexOptions.Singleline)]
    private static partial Regex PromQlBlock();

    [GeneratedRegex(@"^#{1,6} (?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{N} _-]")]
    private static partial Regex AnchorPunctuation();
}
