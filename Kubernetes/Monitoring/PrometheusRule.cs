using System.Text.Json.Serialization;
using k8s;
using k8s.Models;
using YamlDotNet.Serialization;

namespace Kubernetes.Monitoring;

// The Prometheus Operator's PrometheusRule (monitoring.coreos.com/v1). Its spec is a Prometheus rule file
// ("groups:"), so the same classes read prometheus/rules/*.yml (YamlMember names) and write the CRD.
[KubernetesEntity(Group = KubeGroup, Kind = KubeKind, ApiVersion = KubeApiVersion, PluralName = "prometheusrules")]
public sealed class PrometheusRule : IKubernetesObject<V1ObjectMeta>, ISpec<RuleFile>
{
    public const string KubeGroup = "monitoring.coreos.com";
    public const string KubeApiVersion = "v1";
    public const string KubeKind = "PrometheusRule";

    [JsonPropertyName("apiVersion")] public string ApiVersion { get; set; } = $"{KubeGroup}/{KubeApiVersion}";
    [JsonPropertyName("kind")] public string Kind { get; set; } = KubeKind;
    [JsonPropertyName("metadata")] public V1ObjectMeta Metadata { get; set; } = new();
    [JsonPropertyName("spec")] public RuleFile Spec { get; set; } = new();
}

public sealed class RuleFile
{
    [JsonPropertyName("groups"), YamlMember(Alias = "groups")] public List<RuleGroup> Groups { get; set; } = [];
}

public sealed class RuleGroup
{
    [JsonPropertyName("name"), YamlMember(Alias = "name")] public string Name { get; set; } = "";
    [JsonPropertyName("interval"), YamlMember(Alias = "interval")] public string? Interval { get; set; }
    [JsonPropertyName("rules"), YamlMember(Alias = "rules")] public List<Rule> Rules { get; set; } = [];
}

public sealed class Rule
{
    [JsonPropertyName("record"), YamlMember(Alias = "record")] public string? Record { get; set; }
    [JsonPropertyName("alert"), YamlMember(Alias = "alert")] public string? Alert { get; set; }
    [JsonPropertyName("expr"), YamlMember(Alias = "expr")] public string Expr { get; set; } = "";
    [JsonPropertyName("for"), YamlMember(Alias = "for")] public string? For { get; set; }
    [JsonPropertyName("keep_firing_for"), YamlMember(Alias = "keep_firing_for")] public string? KeepFiringFor { get; set; }
    [JsonPropertyName("labels"), YamlMember(Alias = "labels")] public Dictionary<string, string>? Labels { get; set; }
    [JsonPropertyName("annotations"), YamlMember(Alias = "annotations")] public Dictionary<string, string>? Annotations { get; set; }
}
