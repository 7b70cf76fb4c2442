namespace Kubernetes;

// Everything the manifest does not say about a cluster, bound from appsettings.json and the command line
// (e.g. --image-registry, --image-tag, --Parameters:cache-password=…, --Replicas:predictor=3).
public sealed class PublishOptions
{
    public string Manifest { get; set; } = "";
    public string Output { get; set; } = "";

    // The checkout holding prometheus/ and grafana/ (defaults to the current directory).
    public string RepositoryRoot { get; set; } = ".";

    // app.kubernetes.io/part-of on every object, and the prefix of shared objects' names.
    public string Application { get; set; } = "aspire-metrics";

    // Optional kustomize namespace for every object; empty leaves it to `kubectl apply -n`.
    public string Namespace { get; set; } = "";

    public ImageOptions Images { get; set; } = new();

    // Resources the cluster already runs (the Prometheus Operator's Prometheus, Grafana), by name → their in-cluster URL.
    // They get no workload; references to their endpoints resolve to these URLs.
    public Dictionary<string, string> ClusterProvided { get; set; } = new(StringComparer.Ordinal);

    // Overrides the replica count the manifest carries (or 1 where it carries none).
    public Dictionary<string, int> Replicas { get; set; } = new(StringComparer.Ordinal);

    // CronJob schedules by job name, overriding the one derived from the model's run interval.
    public Dictionary<string, string> Schedules { get; set; } = new(StringComparer.Ordinal);

    // Values for parameters; a secret parameter without one gets a generated value when its default says so.
    public Dictionary<string, string> Parameters { get; set; } = new(StringComparer.Ordinal);

    // Port a project listens on in its container when the model leaves the target port to the orchestrator
    // (ASP.NET Core container images default to 8080).
    public int DefaultProjectPort { get; set; } = 8080;

    public Dictionary<string, WorkloadOptions> Workloads { get; set; } = new(StringComparer.Ordinal);

    public MonitoringOptions Monitoring { get; set; } = new();

    // Optional OTLP endpoint for traces, logs and metrics push; empty sets no OTEL_EXPORTER_OTLP_* variables.
    public string OtlpEndpoint { get; set; } = "";

    public WorkloadOptions WorkloadFor(string name) =>
        (Workloads.GetValueOrDefault("default") ?? new WorkloadOptions()).Merge(Workloads.GetValueOrDefault(name));
}

public sealed class ImageOptions
{
    // Projects' images are {Registry}/{resource name}:{Tag}; building and pushing them is not this tool's job.
    public string Registry { get; set; } = "";
    public string Tag { get; set; } = "";

    // Full image references by resource name: required for executables, optional for containers.
    public Dictionary<string, string> Overrides { get; set; } = new(StringComparer.Ordinal);
}

public sealed class MonitoringOptions
{
    // Labels the cluster's Prometheus selects ServiceMonitors and PrometheusRules by (e.g. release: kube-prometheus-stack).
    public Dictionary<string, string> Labels { get; set; } = new(StringComparer.Ordinal);

    public string MetricsPath { get; set; } = "/metrics";

    // Image repositories that mark a container as a Pushgateway (scraped with honorLabels), whatever registry and tag.
    // Configured entries add to prom/pushgateway (the configuration binder appends to a list).
    public List<string> PushgatewayImages { get; set; } = ["prom/pushgateway"];
}

public sealed class WorkloadOptions
{
    public string? CpuRequest { get; set; }
    public string? CpuLimit { get; set; }
    public string? MemoryRequest { get; set; }
    public string? MemoryLimit { get; set; }

    // Non-root user id: 1654 is the `app` user of .NET's container images, 999 the `redis` user of Redis's.
    public long? RunAsUser { get; set; }

    // Directories mounted as emptyDir so the root filesystem can stay read-only.
    public List<string>? WritablePaths { get; set; }

    public WorkloadOptions Merge(WorkloadOptions? specific) => specific is null ? this : new()
    {
        CpuRequest = specific.CpuRequest ?? CpuRequest,
        CpuLimit = specific.CpuLimit ?? CpuLimit,
        MemoryRequest = specific.MemoryRequest ?? MemoryRequest,
        MemoryLimit = specific.MemoryLimit ?? MemoryLimit,
        RunAsUser = specific.RunAsUser ?? RunAsUser,
        WritablePaths = specific.WritablePaths ?? WritablePaths,
    };
}
