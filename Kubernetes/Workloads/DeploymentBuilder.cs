using k8s.Models;
using Kubernetes.Manifest;

namespace Kubernetes.Workloads;

// A Deployment per long-running workload: replicas from the model (or Replicas:{name}), the pod from PodTemplateBuilder.
public sealed class DeploymentBuilder(PodTemplateBuilder pods, PublishOptions options)
{
    public V1Deployment Build(ManifestResource resource, WorkloadEnvironment environment)
    {
        var labels = Labels.For(resource.Name, options.Application);
        return new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = new V1ObjectMeta { Name = resource.Name, Labels = labels },
            Spec = new V1DeploymentSpec
            {
                Replicas = options.Replicas.GetValueOrDefault(resource.Name, resource.Replicas ?? 1),
                Selector = new V1LabelSelector { MatchLabels = labels },
                Template = pods.Build(resource, environment),
            },
        };
    }
}
