using System.Text.RegularExpressions;
using Dashboard.Tests.Support;
using Hosting.Dashboard.Grafana;

namespace Dashboard.Tests.Grafana;

// Every dashboard this project provisions, and the community ones it must stay compatible with, renders to
// PromQL with no variable left over: what the Metrics page sends to Prometheus when Grafana is not running.
public sealed partial class GrafanaDashboardRendererTests
{
    public static TheoryData<string> DashboardFiles() => new(Files());

    private static IEnumerable<string> Files() =>
        new[] { RepositoryPaths.GrafanaDashboards, RepositoryPaths.CommunityDashboards }
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.GetFiles(dir, "*.json").Order());

    [Fact]
    public void TheCommunityDashboardsAreAmongTheOnesChecked() =>
        Assert.Contains(Files(), f => f.EndsWith("aspnetcore.json", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(DashboardFiles))]
    public async Task EveryPanelQueryIsReadyForPrometheus(string file)
    {
        var dashboard = GrafanaDashboardParser.Parse(await File.ReadAllTextAsync(file), Path.GetFileName(file));
        Assert.NotEmpty(dashboard.Panels);
        var askedFor = new List<(string Label, string? Selector)>();
        var renderer = new GrafanaDashboardRenderer((label, selector, _) =>
        {
            askedFor.Add((label, selector));
            return Task.FromResult<IReadOnlyList<string>>([$"{label}-a", $"{label}-b"]);
        });
        var rendered = await renderer.RenderAsync(dashboard, new Dictionary<string, string[]>(),
            new QueryWindow(TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(5)), CancellationToken.None);

        var expressions = rendered.Panels.SelectMany(p => p.Targets).Select(t => t.Expr).ToList();
        Assert.NotEmpty(expressions);
        Assert.All(expressions, e => Assert.DoesNotMatch(LeftoverVariable(), e));
        Assert.All(askedFor, a => Assert.DoesNotContain("$", a.Selector ?? ""));
    }

    [Fact]
    public async Task ALaterVariableIsResolvedWithTheEarlierOnesSelection()
    {
        var dashboard = GrafanaDashboardParser.Parse(
            await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.CommunityDashboards, "aspnetcore.json")), "aspnetcore.json");
        var selectors = new List<string?>();
        var renderer = new GrafanaDashboardRenderer((_, selector, _) =>
        {
            selectors.Add(selector);
            return Task.FromResult<IReadOnlyList<string>>(["api"]);
        });
        await renderer.RenderAsync(dashboard, new Dictionary<string, string[]> { ["job"] = ["api"] },
            new QueryWindow(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)), CancellationToken.None);
        Assert.Equal(["http_server_active_requests", "http_server_active_requests{job=~\"api\"}"], selectors);
    }

    // A Grafana variable reference that survived: $name, ${name}, [[name]] (label_replace's $1 is fine).
    [GeneratedRegex(@"\$[A-Za-z_]|\$\{|\[\[")]
    private static partial Regex LeftoverVariable();
}
