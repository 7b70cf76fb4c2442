using System.Text.Json.Nodes;
using TestSupport.Grafana;

namespace Rules.Tests.Grafana;

// Every dashboard is one Grafana would import as is and that reads well: the one provisioned
// datasource everywhere, a unit on every panel, a query on every target, variables that exist.
public sealed class DashboardStructureTests
{
    public static TheoryData<string> DashboardFiles => [.. Dashboards.All.Select(d => d.FileName)];

    private static GrafanaDashboard Named(string file) => Dashboards.All.Single(d => d.FileName == file);

    [Fact]
    public void TheDashboardSetCoversOverviewApiPredictorCacheAndRuntime() =>
        Assert.Equal(["api.json", "cache.json", "dotnet-runtime.json", "overview.json", "predictor.json"],
            Dashboards.All.Select(d => d.FileName).Order());

    [Fact]
    public void TheSetHasAtLeastTwelvePanels() => Assert.True(Dashboards.All.Sum(d => d.Panels.Count) >= 12);

    [Fact]
    public void DashboardUidsAndTitlesAreUnique()
    {
        Assert.Equal(Dashboards.All.Count, Dashboards.All.Select(d => d.Uid).Where(u => u.Length > 0).Distinct().Count());
        Assert.Equal(Dashboards.All.Count, Dashboards.All.Select(d => d.Title).Where(t => t.Length > 0).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(DashboardFiles))]
    public void DashboardDeclaresACurrentSchemaVersion(string file) =>
        Assert.InRange((int?)Named(file).Json["schemaVersion"] ?? 0, 36, 41);

    [Theory]
    [MemberData(nameof(DashboardFiles))]
    public void EveryPanelHasAUnit(string file) =>
        Assert.All(Named(file).Panels, p =>
            Assert.False(string.IsNullOrEmpty((string?)p.Json["fieldConfig"]?["defaults"]?["unit"]), $"{p.Title} has no unit"));

    [Theory]
    [MemberData(nameof(DashboardFiles))]
    public void EveryPanelTargetAndVariableUsesTheProvisionedDatasource(string file)
    {
        var dashboard = Named(file);
        Assert.All(dashboard.Panels, p =>
        {
            AssertProvisionedDatasource(p.Json["datasource"], p.Title);
            Assert.All(p.Targets, t => AssertProvisionedDatasource(t.Json["datasource"], $"{p.Title}/{t.RefId}"));
        });
        Assert.All(dashboard.Variables, v => AssertProvisionedDatasource(v["datasource"], (string?)v["name"] ?? ""));
    }

    [Theory]
    [MemberData(nameof(DashboardFiles))]
    public void EveryPanelHasTargetsWithAnExprAndDistinctRefIds(string file) =>
        Assert.All(Named(file).Panels, p =>
        {
            Assert.NotEmpty(p.Targets);
            Assert.All(p.Targets, t => Assert.False(string.IsNullOrWhiteSpace(t.Expr), $"{p.Title}/{t.RefId} has no expr"));
            Assert.Equal(p.Targets.Count, p.Targets.Select(t => t.RefId).Distinct().Count());
        });

    [Theory]
    [MemberData(nameof(DashboardFiles))]
    public void PanelIdsAreUniqueAndPanelsFitTheGrid(string file)
    {
        var panels = Named(file).Json["panels"]!.AsArray().OfType<JsonObject>().ToList();
        Assert.Equal(panels.Count, panels.Select(p => (int?)p["id"]).Distinct().Count());
        Assert.All(panels, p => Assert.InRange((int?)p["gridPos"]?["x"] + (int?)p["gridPos"]?["w"] ?? 99, 1, 24));
    }

    [Theory]
    [MemberData(nameof(DashboardFiles))]
    public void TemplateVariablesAreLabelValuesQueries(string file) =>
        Assert.All(Named(file).Variables, v =>
        {
            Assert.Equal("query", (string?)v["type"]);
            Assert.StartsWith("label_values(", (string?)v["query"]?["query"] ?? (string?)v["query"] ?? "");
        });

    [Theory]
    [MemberData(nameof(DashboardFiles))]
    public void EveryVariableAQueryUsesIsDefined(string file)
    {
        var dashboard = Named(file);
        var defined = dashboard.Variables.Select(v => (string?)v["name"]).OfType<string>().ToHashSet();
        var used = dashboard.Panels.SelectMany(p => p.Targets)
            .Concat(dashboard.Variables.Select(v => new DashboardTarget("", (string?)v["query"]?["query"] ?? "", v)))
            .SelectMany(t => TemplateVariables.ReferencedIn(t.Expr));
        Assert.Empty(used.Except(defined));
    }

    private static void AssertProvisionedDatasource(JsonNode? datasource, string where)
    {
        Assert.True(datasource is JsonObject, $"{where} names no datasource");
        Assert.Equal("prometheus", (string?)datasource["type"]);
        Assert.Equal(Dashboards.DatasourceUid, (string?)datasource["uid"]);
    }
}
