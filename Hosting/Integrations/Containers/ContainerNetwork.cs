namespace Hosting.Integrations.Containers;

// A per-run bridge network so Grafana reaches Prometheus by its resource name; created before the
// first container of the run starts and removed after the last one stops.
public sealed record ContainerNetwork(string Name)
{
    public static ContainerNetwork ForRun(string runId) => new($"aspire-metrics-{runId}");

    public IReadOnlyList<string> CreateArguments => ["network", "create", Name];

    public IReadOnlyList<string> RemoveArguments => ["network", "rm", "--force", Name];
}
