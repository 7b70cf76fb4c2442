using Kubernetes.Grafana;
using Kubernetes.Manifest;
using Kubernetes.Monitoring;
using Kubernetes.Tree;
using Kubernetes.Workloads;

namespace Kubernetes;

// The whole tree from one app model: per long-running workload a Deployment, Service, Secret and (for projects,
// which all serve /metrics through ServiceDefaults, and Pushgateways) a ServiceMonitor; per batch job a CronJob
// and Secret only (it serves nothing, and reports through the Pushgateway); the rule files as PrometheusRules;
// Grafana's files as ConfigMaps; and the kustomization.yaml listing them all.
public sealed class KubernetesTree(AspireManifest manifest, PublishOptions options)
{
    public IReadOnlyList<GeneratedFile> Build()
    {
        var addresses = new ClusterAddresses(manifest, options);
        var resolver = new ExpressionResolver(manifest, addresses, new ParameterValues(options));
        var pods = new PodTemplateBuilder(addresses, options);
        var deployments = new DeploymentBuilder(pods, options);
        var cronJobs = new CronJobBuilder(pods, options);
        var services = new ServiceBuilder(addresses, options);
        var monitors = new ServiceMonitorBuilder(options, ScrapeSettings.Load(options.RepositoryRoot));
        var files = new List<GeneratedFile>();

        foreach (var resource in addresses.Workloads)
        {
            var environment = WorkloadEnvironment.Build(resource, resolver, options);
            if (SecretBuilder.Build(resource.Name, environment, options.Application) is { } secret)
                files.Add(new($"{resource.Name}/secret.yaml", secret));
            if (resource.IsJob)
            {
                files.Add(new($"{resource.Name}/cronjob.yaml", cronJobs.Build(resource, environment)));
                continue;
            }
            files.Add(new($"{resource.Name}/deployment.yaml", deployments.Build(resource, environment)));
            if (services.Build(resource) is not { } service) continue;
            files.Add(new($"{resource.Name}/service.yaml", service));
            var pushgateway = Pushgateways.Is(resource, options);
            if (resource.IsProject || pushgateway)
                files.Add(new($"{resource.Name}/servicemonitor.yaml", monitors.Build(service, honorLabels: pushgateway)));
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
