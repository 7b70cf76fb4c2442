using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Kubernetes.Monitoring;

// The Prometheus Operator's ServiceMonitor (monitoring.coreos.com/v1), reduced to the fields this publisher sets.
// KubernetesClient ships no Prometheus Operator models, so these few typed classes are ours.
[KubernetesEntity(Group = KubeGroup, Kind = KubeKind, ApiVersion = KubeApiVersion, PluralName = "servicemonitors")]
public sealed class ServiceMonitor : IKubernetesObject<V1ObjectMeta>, ISpec<ServiceMonitorSpec>
{
    public const string KubeGroup = "monitoring.coreos.com";
    public const string KubeApiVersion = "v1";
    public const string KubeKind = "ServiceMonitor";

    [JsonPropertyName("apiVersion")] public string ApiVersion { get; set; } = $"{KubeGroup}/{KubeApiVersion}";
    [JsonPropertyName("kind")] public string Kind { get; set; } = KubeKind;
    [JsonPropertyName("metadata")] public V1ObjectMeta Metadata { get; set; } = new();
    [JsonPropertyName("spec")] public ServiceMonitorSpec Spec { get; set; } = new();
}

public sealed class ServiceMonitorSpec
{
    [JsonPropertyName("selector")] public V1LabelSelector Selector { get; set; } = new();
    [JsonPropertyName("endpoints")] public List<ServiceMonitorEndpoint> Endpoints { get; set; } = [];
}

public sealed class ServiceMonitorEndpoint
{
    [JsonPropertyName("port")] public string Port { get; set; } = "";
    [JsonPropertyName("path")] public string? Path { get; set; }
    [JsonPropertyName("interval")] public string? Interval { get; set; }
    [JsonPropertyName("scrapeTimeout")] public string? ScrapeTimeout { get; set; }
    // Keep the job/instance labels the scraped metrics carry (a Pushgateway's pushed groups) over the target's.
    [JsonPropertyName("honorLabels")] public bool? HonorLabels { get; set; }
    [JsonPropertyName("relabelings")] public List<RelabelConfig>? Relabelings { get; set; }
}

public sealed class RelabelConfig
{
    [JsonPropertyName("sourceLabels")] public List<string>? SourceLabels { get; set; }
    [JsonPropertyName("targetLabel")] public string? TargetLabel { get; set; }
    [JsonPropertyName("action")] public string? Action { get; set; }
}
