using TestSupport;
using TestSupport.Grafana;

namespace Rules.Tests.Grafana;

// The repository's dashboards and the concrete values the tests give their template variables.
public static class Dashboards
{
    public const string DatasourceUid = "prometheus";

    public static string Directory => RepositoryRoot.Combine("grafana", "dashboards");

    public static IReadOnlyList<GrafanaDashboard> All { get; } = GrafanaDashboard.LoadAll(Directory);

    // Any plausible value works for a syntax check; these are the ones a user would pick.
    public static IReadOnlyDictionary<string, string> SampleValues { get; } = new Dictionary<string, string>
    {
        ["job"] = "api|predictor",
        ["instance"] = "127.0.0.1:8000",
        ["route"] = "/predict/{ticker}",
        ["ticker"] = "AAPL",
        ["model"] = "normal",
    };

    public static IEnumerable<(GrafanaDashboard Dashboard, DashboardPanel Panel, DashboardTarget Target)> Targets =>
        All.SelectMany(d => d.Panels.SelectMany(p => p.Targets.Select(t => (d, p, t))));
}
