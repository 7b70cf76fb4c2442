namespace Aspire.Hosting;

// Exact tags, so a run today and a run next year pull the same bits.
internal static class PrometheusContainerImageTags
{
    public const string Registry = "docker.io";
    public const string Image = "prom/prometheus";
    public const string Tag = "v2.53.3";
    public const int Port = 9090;
    // Where the container sees the generated files and the repository's prometheus/ folder.
    public const string GeneratedDirectory = "/etc/prometheus/aspire";
    public const string BaseDirectory = "/etc/prometheus/repo";
}
