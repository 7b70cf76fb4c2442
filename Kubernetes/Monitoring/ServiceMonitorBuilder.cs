using k8s.Models;
using Kubernetes.Workloads;

namespace Kubernetes.Monitoring;

// One ServiceMonitor per scraped Service. The operator turns it into a scrape job named after the Service
// (so `job` stays the resource name, as in the local run) with one target per ready pod behind it, so
// replicas stay separate series; `instance` is set to the pod's name rather than its IP:port. A Pushgateway's
// monitor also honours labels: the series pushed to it carry the job/instance of whoever pushed them, which
// must win over the Pushgateway's own (its own series, which carry none, keep job/instance as above).
public sealed class ServiceMonitorBuilder(PublishOptions options, ScrapeSettings scrape)
{
    public ServiceMonitor Build(V1Service service, bool honorLabels = false)
    {
        var name = service.Metadata.Name;
        return new ServiceMonitor
        {
            Metadata = new V1ObjectMeta { Name = name, Labels = MonitoringLabels.For(name, options) },
            Spec = new ServiceMonitorSpec
            {
                Selector = new V1LabelSelector { MatchLabels = Labels.For(name, options.Application) },
                Endpoints =
                [
                    new ServiceMonitorEndpoint
                    {
                        Port = (service.Spec.Ports.FirstOrDefault(p => p.Name == "http") ?? service.Spec.Ports[0]).Name,
                        Path = options.Monitoring.MetricsPath,
                        Interval = scrape.Interval,
                        ScrapeTimeout = scrape.Timeout,
                        HonorLabels = honorLabels ? true : null,
                        Relabelings =
                        [
                            new RelabelConfig { SourceLabels = ["__meta_kubernetes_pod_name"], TargetLabel = "instance", Action = "replace" },
                        ],
                    },
                ],
            },
        };
    }
}
