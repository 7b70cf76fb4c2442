using Hosting.Integrations.Grafana;
using Hosting.Tests.Integrations.Repository;
using TestSupport;

namespace Hosting.Tests.Integrations.Grafana;

public class GrafanaProvisioningTests
{
    [Fact]
    public void DatasourceUidNameAndDashboardPathComeFromTheRepositoryFiles()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("provisioning/datasources"));
        Directory.CreateDirectory(dir.File("provisioning/dashboards"));
        Directory.CreateDirectory(dir.File("dashboards"));
        File.WriteAllText(dir.File("provisioning/datasources/prometheus.yml"), """
            apiVersion: 1
            datasources:
              - name: Loki
                type: loki
                uid: loki
              - name: Metrics
                type: prometheus
                uid: prom-main
                url: http://localhost:9090
            """);
        File.WriteAllText(dir.File("provisioning/dashboards/provider.yaml"), """
            apiVersion: 1
            providers:
              - name: repo
                type: file
                options:
                  path: /etc/grafana/dashboards
            """);

        var provisioning = GrafanaProvisioning.Read(dir.Path);

        Assert.Equal("prom-main", provisioning.DatasourceUid);
        Assert.Equal("Metrics", provisioning.DatasourceName);
        Assert.Equal(dir.File("dashboards"), provisioning.DashboardsDirectory);
        Assert.Equal(dir.File("provisioning/dashboards"), provisioning.DashboardProvidersDirectory);
        Assert.Equal("/etc/grafana/dashboards", provisioning.DashboardsPath);
    }

    [Fact]
    public void AProviderWithARelativePathIsReplacedByTheGeneratedOne()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("provisioning/dashboards"));
        File.WriteAllText(dir.File("provisioning/dashboards/provider.yml"),
            "providers:\n  - name: repo\n    options:\n      path: ../dashboards\n");

        var provisioning = GrafanaProvisioning.Read(dir.Path);

        Assert.Null(provisioning.DashboardProvidersDirectory);
        Assert.Equal(GrafanaProvisioning.DefaultDashboardsPath, provisioning.DashboardsPath);
    }

    [Fact]
    public void NoGrafanaFolderGivesTheDefaults()
    {
        var provisioning = GrafanaProvisioning.Read("/nonexistent/grafana");

        Assert.Equal(new GrafanaProvisioning("prometheus", "Prometheus"), provisioning);
    }

    [Fact]
    public void TheRepositoryDatasourceUidIsTheOneItsDashboardsUse()
    {
        var repository = TestRepository.Layout;
        var provisioning = GrafanaProvisioning.Read(repository.GrafanaDirectory);
        Assert.NotNull(provisioning.DashboardsDirectory);

        var uids = Directory.EnumerateFiles(provisioning.DashboardsDirectory, "*.json", SearchOption.AllDirectories)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "\"uid\"\\s*:\\s*\"([^\"$]+)\"")
                .Select(m => m.Groups[1].Value))
            .ToHashSet();

        Assert.Contains(provisioning.DatasourceUid, uids);
    }
}
