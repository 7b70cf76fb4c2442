using Kubernetes.Grafana;
using Kubernetes.Manifest;
using Kubernetes.Monitoring;
using Kubernetes.Tree;
using Kubernetes.Workloads;

namespace Kubernetes;

// The whole tree from one app model: per workload a Deployment, Service, Secret and (for projects, which all serve
// /metrics through ServiceDefaults) a ServiceMonitor; the rule files as PrometheusRules; Grafana's files as
// ConfigMaps; and the kustomization.yaml listing them all.
public sealed class KubernetesTree(AspireManifest manifest, PublishOptions options)
{
    public IReadOnlyList<GeneratedFile> Build()
    {
        var addresses = new ClusterAddresses(manifest, options);
        var resolver = new ExpressionResolver(manifest, addresses, new ParameterValues(options));
        var deployments = new DeploymentBuilder(addresses, options);
        var services = new ServiceBuilder(addresses, options);
        var monitors = new ServiceMonitorBuilder(options, ScrapeSettings.Load(options.RepositoryRoot));
        var files = new List<GeneratedFile>();

        foreach (var resource in addresses.Workloads)
        {
            var environment = WorkloadEnvironment.Build(resource, resolver, options);
            if (SecretBuilder.Build(resource.Name, environment, options.Application) is { } secret)
                files.Add(new($"{resource.Name}/secret.yaml", secret));
            files.Add(new($"{resource.Name}/deployment.yaml", deployments.Build(resource, environment)));
            if (services.Build(resource) is not { } service) continue;
            files.Add(new($"{resource.Name}/service.yaml", service));
            if (resource.IsProject) files.Add(new($"{resource.Name}/servicemonitor.yaml", monitors.Build(service)));
        }
        foreach (var (stem, rule) in new PrometheusRuleBuilder(options).Build())
            files.Add(new($"prometheus/rules-{stem}.yaml", rule));
        var grafana = new GrafanaConfigMaps(options);
        foreach (var (stem, configMap) in grafana.Datasources())
            files.Add(new($"grafana/datasource-{stem}.yaml", configMap));
        foreach (var (stem, configMap) in grafana.Dashboards())
            files.Add(new($"grafana/dashboard-{stem}.yaml", configMap));

        var kustomization = new Kustomization
        {
            Namespace = options.Namespace.Length > 0 ? options.Namespace : null,
            Resources = [.. files.Select(f => f.Path)],
        };
        return [new GeneratedFile(Kustomization.FileName, kustomization), .. files];
    }
}
