using Kubernetes.Tests.Support;
using Kubernetes.Tree;
using TestSupport;

namespace Kubernetes.Tests.Tree;

// Offline proof that a cluster's API server would accept the objects: each is validated against the schema
// of its kind (Kubernetes' OpenAPI for core kinds, the Prometheus Operator's CRDs for ServiceMonitor/PrometheusRule).
public class SchemaValidationTests
{
    [Fact]
    public async Task EveryGeneratedObjectValidatesAgainstItsSchema()
    {
        using var tree = PublishedTree.FromAppHost();
        var objects = tree.YamlFiles.Where(f => Path.GetFileName(f) != Kustomization.FileName).ToList();

        var results = await SchemaValidator.ValidateAsync(objects);

        Assert.All(results, r => Assert.True(r.Valid, $"{r.File} ({r.Kind} {r.Name}): {r.Error}"));
        Assert.Equal(tree.Files.Count - 1, results.Count);
        Assert.Equal(["ConfigMap", "CronJob", "Deployment", "PrometheusRule", "Secret", "Service", "ServiceMonitor"],
            results.Select(r => r.Kind!).Distinct().Order());
    }

    [Fact]
    public async Task ValidatorRejectsObjectsTheirSchemasForbid()
    {
        using var directory = new TempDirectory();
        var file = directory.File("invalid.yaml");
        File.WriteAllText(file, """
            apiVersion: apps/v1
            kind: Deployment
            metadata: { name: bad-replicas }
            spec:
              replicas: two
              selector: { matchLabels: { a: b } }
              template: { metadata: { labels: { a: b } }, spec: { containers: [ { name: c, image: i } ] } }
            ---
            apiVersion: monitoring.coreos.com/v1
            kind: ServiceMonitor
            metadata: { name: bad-endpoints }
            spec:
              selector: { matchLabels: { a: b } }
              endpoints: "http"
            ---
            apiVersion: v1
            kind: Service
            metadata: { name: bad-port }
            spec: { ports: [ { port: "eighty" } ] }
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata: { name: bad-job-template }
            spec: { schedule: "*/15 * * * *", jobTemplate: "backtest" }
            ---
            apiVersion: example.com/v1
            kind: Unknown
            metadata: { name: no-schema }
            """);

        var results = await SchemaValidator.ValidateAsync([file]);

        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.False(r.Valid, r.Name));
        Assert.Contains("replicas", results[0].Error);
        Assert.Contains("endpoints", results[1].Error);
        Assert.Contains("port", results[2].Error);
        Assert.Contains("jobTemplate", results[3].Error);
        Assert.Contains("no schema", results[4].Error);
    }
}
