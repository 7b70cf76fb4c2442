using TestSupport;

namespace Rules.Tests.Prometheus;

// A promtool rule unit test file (prometheus/tests/*.yml): only the parts the coverage checks need.
public sealed class RuleTestFile
{
    public List<string> RuleFiles { get; set; } = [];
    public List<RuleTestGroup> Tests { get; set; } = [];

    public static string Directory => RepositoryRoot.Combine("prometheus", "tests");

    public static IReadOnlyList<string> Paths =>
        [.. System.IO.Directory.EnumerateFiles(Directory, "*.yml").Order(StringComparer.Ordinal)];

    public static IReadOnlyList<RuleTestGroup> AllGroups =>
        [.. Paths.SelectMany(p => Yaml.Deserializer.Deserialize<RuleTestFile>(File.ReadAllText(p)).Tests)];

    public static RuleTestFile Load(string path) => Yaml.Deserializer.Deserialize<RuleTestFile>(File.ReadAllText(path));
}

public sealed class RuleTestGroup
{
    public string? Name { get; set; }
    public List<AlertRuleTest> AlertRuleTest { get; set; } = [];
    public List<PromqlExprTest> PromqlExprTest { get; set; } = [];
}

public sealed class AlertRuleTest
{
    public string Alertname { get; set; } = "";
    public string EvalTime { get; set; } = "";
    public List<ExpectedAlert> ExpAlerts { get; set; } = [];
}

public sealed class ExpectedAlert
{
    public Dictionary<string, string> ExpLabels { get; set; } = [];
    public Dictionary<string, string> ExpAnnotations { get; set; } = [];
}

public sealed class PromqlExprTest
{
    public string Expr { get; set; } = "";
    public string EvalTime { get; set; } = "";
}
