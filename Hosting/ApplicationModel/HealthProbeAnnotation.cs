using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hosting.ApplicationModel;

// One health check of a replica (HTTP /health, Redis PING, Prometheus /-/ready...). A replica is
// healthy when all its probes are; WaitFor waits for that.
public sealed class HealthProbeAnnotation(string name, Func<HealthProbeContext, CancellationToken, Task<HealthCheckResult>> probe) : IResourceAnnotation
{
    public string Name { get; } = name;
    public Func<HealthProbeContext, CancellationToken, Task<HealthCheckResult>> Probe { get; } = probe;
}
