using Kubernetes.Workloads;

namespace Kubernetes.Monitoring;

// Labels of ServiceMonitors and PrometheusRules: the recommended ones plus whatever the cluster's Prometheus
// selects them by (Monitoring:Labels, e.g. release: kube-prometheus-stack).
public static class MonitoringLabels
{
    public static Dictionary<string, string> For(string name, PublishOptions options)
    {
        var labels = Labels.For(name, options.Application);
        foreach (var (key, value) in options.Monitoring.Labels) labels[key] = value;
        return labels;
    }
}
