namespace Aspire.Hosting;

// How Redis, Prometheus and Grafana run: as containers (Aspire's own way) when a container runtime
// answers, else as the machine's executables. Configuration `Hosting:ResourceMode`
// (env Hosting__ResourceMode): auto (default) | container | executable.
public enum ResourceMode
{
    Auto,
    Container,
    Executable,
}
