using k8s.Models;
using Kubernetes.Manifest;

namespace Kubernetes.Workloads;

// The pod every workload runs, whether a Deployment or a CronJob holds it: the image, Aspire's environment,
// requests/limits, restricted security; probes on ServiceDefaults' health endpoints (projects) or the first TCP
// port (containers); a Pushgateway's on its own /-/ready and /-/healthy (the AppHost's health check is /-/ready). Jobs get no probes: they serve nothing, and a liveness probe would kill a long run.
public sealed class PodTemplateBuilder(ClusterAddresses addresses, PublishOptions options)
{
    public const string ReadinessPath = "/health";
    public const string LivenessPath = "/alive";
    public const string PushgatewayReadinessPath = "/-/ready";
    public const string PushgatewayLivenessPath = "/-/healthy";

    public V1PodTemplateSpec Build(ManifestResource resource, WorkloadEnvironment environment, string? restartPolicy = null)
    {
        var workload = options.WorkloadFor(resource.Name);
        return new V1PodTemplateSpec
        {
            Metadata = new V1ObjectMeta { Labels = Labels.For(resource.Name, options.Application) },
            Spec = new V1PodSpec
            {
                AutomountServiceAccountToken = false,
                RestartPolicy = restartPolicy,
                SecurityContext = WorkloadSecurity.Pod(workload),
                Containers = [Container(resource, environment, workload)],
                Volumes = NullIfEmpty(WorkloadSecurity.Volumes(workload)),
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
            ReadinessProbe = Probe(resource, ReadinessPath, PushgatewayReadinessPath),
            LivenessProbe = Probe(resource, LivenessPath, PushgatewayLivenessPath),
            Resources = Resources(workload),
            SecurityContext = WorkloadSecurity.Container(),
            VolumeMounts = NullIfEmpty(WorkloadSecurity.Mounts(workload)),
        };
    }

    private static List<string>? Command(ManifestResource resource) =>
        resource.IsExecutable ? [resource.Command!] : resource.Entrypoint is { } entrypoint ? [entrypoint] : null;

    private V1Probe? Probe(ManifestResource resource, string projectPath, string pushgatewayPath)
    {
        if (resource.IsJob || resource.Bindings.Values.FirstOrDefault() is not { } binding) return null;
        var path = resource.IsProject ? projectPath : Monitoring.Pushgateways.Is(resource, options) ? pushgatewayPath : null;
        if (path is not null && binding.Scheme is "http" or "https")
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
