using System.Text.Json.Serialization;

namespace Kubernetes.Tree;

// kustomize's kustomization.yaml (kustomize.config.k8s.io/v1beta1): the list of files `kubectl apply -k` applies.
public sealed class Kustomization
{
    public const string FileName = "kustomization.yaml";

    [JsonPropertyName("apiVersion")] public string ApiVersion { get; set; } = "kustomize.config.k8s.io/v1beta1";
    [JsonPropertyName("kind")] public string Kind { get; set; } = "Kustomization";
    [JsonPropertyName("namespace")] public string? Namespace { get; set; }
    [JsonPropertyName("resources")] public List<string> Resources { get; set; } = [];
}
