using k8s.Models;
using Kubernetes.Manifest;

namespace Kubernetes.Workloads;

// A ClusterIP Service per workload, named after the resource so "{resource}.bindings.*.host" resolves to it;
// one port per binding, named as the binding, forwarding to the container port of the same name.
public sealed class ServiceBuilder(ClusterAddresses addresses, PublishOptions options)
{
    public V1Service? Build(ManifestResource resource)
    {
        if (resource.Bindings.Count == 0) return null;
        var labels = Labels.For(resource.Name, options.Application);
        return new V1Service
        {
            ApiVersion = "v1",
            Kind = "Service",
            Metadata = new V1ObjectMeta { Name = resource.Name, Labels = labels },
            Spec = new V1ServiceSpec
            {
                Type = "ClusterIP",
                Selector = labels,
                Ports = [.. resource.Bindings.Values.Select(b => new V1ServicePort
                {
                    Name = b.Name,
                    Port = addresses.ServicePort(resource, b),
                    TargetPort = b.Name,
                    Protocol = "TCP",
                })],
            },
        };
    }
}
