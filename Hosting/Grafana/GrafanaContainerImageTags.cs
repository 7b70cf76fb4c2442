namespace Aspire.Hosting;

internal static class GrafanaContainerImageTags
{
    public const string Registry = "docker.io";
    public const string Image = "grafana/grafana";
    public const string Tag = "11.4.0";
    public const int Port = 3000;
    public const string ProvisioningDirectory = "/etc/grafana/provisioning";
    // Where grafana/provisioning/dashboards/dashboards.yml tells Grafana to load dashboards from.
    public const string DashboardsDirectory = "/var/lib/grafana/dashboards";
}
