using System.Text.RegularExpressions;
using Rules.Tests.PromQl;
using TestSupport;

namespace Rules.Tests.Docs;

// The docs/ pages: every ```promql block is a query Prometheus' own parser accepts.
public sealed partial class DocsPagesTests
{
    // The pages that hold PromQL (a page without any has nothing to check).
    public static TheoryData<string> Pages =>
    [
        .. Directory.EnumerateFiles(RepositoryRoot.Combine("docs"), "*.md")
            .Where(path => PromQlBlock().IsMatch(File.ReadAllText(path)))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPromQlBlockOfThePageParses(string page)
    {
        var queries = PromQlBlock().Matches(File.ReadAllText(RepositoryRoot.Combine("docs", page)))
            .Select(m => m.Groups["query"].Value.Trim()).ToList();

        var result = await PromQlSyntax.CheckAsync(queries);

        Assert.True(result.ExitCode == 0, result + "\n" + string.Join("\n", queries.Select((q, i) => $"{i}: {q}")));
    }

    [Fact]
    public void TheBacktestPageHasACookbookOfAtLeastFourQueries() =>
        Assert.True(PromQlBlock().Matches(File.ReadAllText(RepositoryRoot.Combine("docs", "backtest.md"))).Count >= 4);

    [GeneratedRegex(@"```promql\n(?<query>.*?)```", RegexOptions.Singleline)]
    private static partial Regex PromQlBlock();
}
