using TestSupport;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Rules.Tests.Prometheus;

// A Prometheus rule file (prometheus/rules/*.yml) as the tests read it.
public sealed class RuleFile
{
    public List<RuleGroup> Groups { get; set; } = [];

    public static string Directory => RepositoryRoot.Combine("prometheus", "rules");

    public static IReadOnlyList<string> Paths =>
        [.. System.IO.Directory.EnumerateFiles(Directory, "*.yml").Order(StringComparer.Ordinal)];

    public static IReadOnlyList<Rule> AllRules =>
        [.. Paths.SelectMany(p => Load(p).Groups.SelectMany(g => g.Rules))];

    public static IReadOnlyList<Rule> Alerts => [.. AllRules.Where(r => r.Alert is not null)];

    public static IReadOnlyList<Rule> RecordingRules => [.. AllRules.Where(r => r.Record is not null)];

    public static RuleFile Load(string path) => Yaml.Deserializer.Deserialize<RuleFile>(File.ReadAllText(path));
}

public sealed class RuleGroup
{
    public string Name { get; set; } = "";
    public List<Rule> Rules { get; set; } = [];
}

public sealed class Rule
{
    public string? Record { get; set; }
    public string? Alert { get; set; }
    public string Expr { get; set; } = "";
    public string? For { get; set; }
    public Dictionary<string, string> Labels { get; set; } = [];
    public Dictionary<string, string> Annotations { get; set; } = [];

    public string Name => Alert ?? Record ?? "";

    public override string ToString() => Name;
}

internal static class Yaml
{
    public static IDeserializer Deserializer { get; } = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();
}
