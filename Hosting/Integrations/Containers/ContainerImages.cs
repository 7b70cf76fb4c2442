namespace Hosting.Integrations.Containers;

// Exact tags, so a run today and a run next year pull the same bits.
public static class ContainerImages
{
    public const string Redis = "redis:7.4.2";
    public const string Prometheus = "prom/prometheus:v2.53.3";
    public const string Grafana = "grafana/grafana:11.4.0";
}
