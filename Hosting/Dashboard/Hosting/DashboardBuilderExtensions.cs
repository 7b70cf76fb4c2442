using Hosting.Dashboard;
using Hosting.Dashboard.Hosting;
using Hosting.Integrations.Repository;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hosting;

public static class DashboardBuilderExtensions
{
    /// <summary>Serves the dashboard with the AppHost (http://127.0.0.1:18888 unless configured under "Dashboard";
    /// a random port when Hosting:RandomizePorts is set, as in tests). Set Dashboard:Enabled=false to leave it out.</summary>
    public static IDistributedApplicationBuilder AddDashboard(this IDistributedApplicationBuilder builder, Action<DashboardOptions>? configure = null)
    {
        if (!builder.Configuration.GetValue(DashboardOptions.SectionName + ":Enabled", true)) return builder;
        builder.Services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var options = new DashboardOptions();
            configuration.GetSection(DashboardOptions.SectionName).Bind(options);
            if (configuration.GetValue<bool>(HostingOptions.Section + ":" + nameof(HostingOptions.RandomizePorts))) options.Port = 0;
            // Under the testing builder the entry assembly is the test host, so the AppHost's directory comes first.
            var root = configuration[RepositoryLayout.RootSetting] is { Length: > 0 } configured
                ? RepositoryLayout.Locate(configured)?.Root
                : RepositoryLayout.FindUpwards(builder.AppHostDirectory) ?? RepositoryLayout.Locate(null)?.Root;
            options.GrafanaDashboardsPath ??= root is null ? null : Path.Combine(root, "grafana", "dashboards");
            configure?.Invoke(options);
            return options;
        });
        builder.Services.AddSingleton<IDashboardBackend, OrchestratorDashboardBackend>();
        builder.Services.AddSingleton<IDashboardServer>(sp => new DashboardServer(
            sp.GetRequiredService<IDashboardBackend>(), sp.GetRequiredService<DashboardOptions>(),
            // The testing builder silences the console; the login URL is then read from IDashboardServer.
            sp.GetRequiredService<IConfiguration>().GetValue(HostingOptions.Section + ":ConsoleOutput", true) ? Console.Out : TextWriter.Null));
        builder.Services.AddSingleton<IDistributedApplicationLifecycleHook, DashboardLifecycleHook>();
        return builder;
    }
}
