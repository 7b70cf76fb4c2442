using k8s;
using Kubernetes.Manifest;
using Kubernetes.Monitoring;
using Kubernetes.Tree;
using TestSupport;

namespace Kubernetes.Tests.Support;

// A tree published into a temp directory from a manifest, with the options a test run uses: a fixed image
// registry and tag, and a clear placeholder instead of a generated password so the tree is reproducible.
public sealed class PublishedTree : IDisposable
{
    public const string PasswordPlaceholder = "golden-test-placeholder-password";
    public const string FixtureManifest = "Tests/Kubernetes.Tests/Fixtures/aspire-manifest.json";

    private readonly TempDirectory _directory = new();

    public PublishedTree(string manifestPath, Action<PublishOptions>? configure = null)
    {
        Options = TestOptions(Path.Combine(_directory.Path, "k8s"));
        configure?.Invoke(Options);
        Manifest = AspireManifest.Load(manifestPath);
        Files = new KubernetesTree(Manifest, Options).Build();
        TreeWriter.Write(Options.Output, Files);
    }

    // The real AppHost's model: what eng/publish-kubernetes.sh publishes.
    public static PublishedTree FromAppHost(Action<PublishOptions>? configure = null) => new(AppHostManifest.Path, configure);

    // The AppHost's manifest as Aspire 13.6.5 writes it, plus the "replicas" field docs/kubernetes.md's extension adds.
    public static PublishedTree FromFixture(Action<PublishOptions>? configure = null) =>
        new(RepositoryRoot.Combine(FixtureManifest), configure);

    public PublishOptions Options { get; }
    public AspireManifest Manifest { get; }
    public IReadOnlyList<GeneratedFile> Files { get; }
    public string Root => Options.Output;

    public IEnumerable<string> YamlFiles =>
        Directory.GetFiles(Root, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public IEnumerable<T> Objects<T>() => Files.Select(f => f.Content).OfType<T>();

    // Reads a written file back through KubernetesClient, so tests check what is on disk, not what was in memory.
    public T Read<T>(string relativePath) =>
        KubernetesYaml.LoadAllFromString(File.ReadAllText(Path.Combine(Root, relativePath)), TypeMap).OfType<T>().Single();

    public static PublishOptions TestOptions(string output) => new()
    {
        Output = output,
        RepositoryRoot = RepositoryRoot.Path,
        Images = new ImageOptions { Registry = "registry.example.com/aspire-metrics", Tag = "golden" },
        ClusterProvided = new(StringComparer.Ordinal)
        {
            ["prometheus"] = "http://prometheus-operated.monitoring.svc:9090",
            ["grafana"] = "http://grafana.monitoring.svc:80",
        },
        Parameters = new(StringComparer.Ordinal) { ["cache-password"] = PasswordPlaceholder },
        Workloads = new(StringComparer.Ordinal)
        {
            ["default"] = new WorkloadOptions
            {
                CpuRequest = "100m", CpuLimit = "1", MemoryRequest = "128Mi", MemoryLimit = "512Mi",
                RunAsUser = 1654, WritablePaths = ["/tmp"],
            },
            ["cache"] = new WorkloadOptions { MemoryLimit = "256Mi", RunAsUser = 999, WritablePaths = ["/data", "/tmp"] },
            ["pushgateway"] = new WorkloadOptions { MemoryLimit = "256Mi", RunAsUser = 65534 },
        },
    };

    private static readonly Dictionary<string, Type> TypeMap = new()
    {
        ["apps/v1/Deployment"] = typeof(k8s.Models.V1Deployment),
        ["batch/v1/CronJob"] = typeof(k8s.Models.V1CronJob),
        ["v1/Service"] = typeof(k8s.Models.V1Service),
        ["v1/Secret"] = typeof(k8s.Models.V1Secret),
        ["v1/ConfigMap"] = typeof(k8s.Models.V1ConfigMap),
        ["monitoring.coreos.com/v1/ServiceMonitor"] = typeof(ServiceMonitor),
        ["monitoring.coreos.com/v1/PrometheusRule"] = typeof(PrometheusRule),
    };

    public void Dispose() => _directory.Dispose();
}
