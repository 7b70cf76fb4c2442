using k8s.Models;
using Kubernetes.Manifest;

namespace Kubernetes.Workloads;

// A Deployment per workload: replicas from the model, Aspire's environment, probes on ServiceDefaults' health
// endpoints (projects) or the first TCP port (containers), requests/limits, restricted security.
public sealed class DeploymentBuilder(ClusterAddresses addresses, PublishOptions options)
{
    public const string ReadinessPath = "/health";
    public const string LivenessPath = "/alive";

    public V1Deployment Build(ManifestResource resource, WorkloadEnvironment environment)
    {
        var labels = Labels.For(resource.Name, options.Application);
        var workload = options.WorkloadFor(resource.Name);
        return new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = new V1ObjectMeta { Name = resource.Name, Labels = labels },
            Spec = new V1DeploymentSpec
            {
                Replicas = options.Replicas.GetValueOrDefault(resource.Name, resource.Replicas ?? 1),
                Selector = new V1LabelSelector { MatchLabels = labels },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = labels },
                    Spec = new V1PodSpec
                    {
                        AutomountServiceAccountToken = false,
                        SecurityContext = WorkloadSecurity.Pod(workload),
                        Containers = [Container(resource, environment, workload)],
                        Volumes = NullIfEmpty(WorkloadSecurity.Volumes(workload)),
                    },
                },
            },
        };
    }

    private V1Container Container(ManifestResource resource, WorkloadEnvironment environment, WorkloadOptions workload)
    {
        var ports = resource.Bindings.Values
            .Select(b => new V1ContainerPort { ContainerPort = addresses.ContainerPort(resource, b), Name = b.Name, Protocol = "TCP" })
            .ToList();
        return new V1Container
        {
            Name = resource.Name,
            Image = WorkloadImage.For(resource, options.Images),
            Command = Command(resource),
            Args = NullIfEmpty(environment.Args),
            Env = NullIfEmpty(environment.Variables),
            Ports = NullIfEmpty(ports),
            ReadinessProbe = Probe(resource, ReadinessPath),
            LivenessProbe = Probe(resource, LivenessPath),
            Resources = Resources(workload),
            SecurityContext = WorkloadSecurity.Container(),
            VolumeMounts = NullIfEmpty(WorkloadSecurity.Mounts(workload)),
        };
    }

    private static List<string>? Command(ManifestResource resource) =>
        resource.IsExecutable ? [resource.Command!] : resource.Entrypoint is { } entrypoint ? [entrypoint] : null;

    private static V1Probe? Probe(ManifestResource resource, string path)
    {
        if (resource.Bindings.Values.FirstOrDefault() is not { } binding) return null;
        if (resource.IsProject && binding.Scheme is "http" or "https")
            return new V1Probe { HttpGet = new V1HTTPGetAction { Port = binding.Name, Path = path, Scheme = binding.Scheme.ToUpperInvariant() }, PeriodSeconds = 10 };
        return new V1Probe { TcpSocket = new V1TCPSocketAction { Port = binding.Name }, PeriodSeconds = 10 };
    }

    private static V1ResourceRequirements Resources(WorkloadOptions workload) => new()
    {
        Requests = Quantities(("cpu", workload.CpuRequest), ("memory", workload.MemoryRequest)),
        Limits = Quantities(("cpu", workload.CpuLimit), ("memory", workload.MemoryLimit)),
    };

    private static Dictionary<string, ResourceQuantity>? Quantities(params (string Name, string? Value)[] values)
    {
        var set = values.Where(v => v.Value is not null).ToDictionary(v => v.Name, v => new ResourceQuantity(v.Value));
        return set.Count > 0 ? set : null;
    }

    private static List<T>? NullIfEmpty<T>(List<T> items) => items.Count > 0 ? items : null;
}
