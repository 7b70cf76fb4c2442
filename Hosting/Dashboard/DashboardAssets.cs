using Microsoft.Extensions.FileProviders;

namespace Hosting.Dashboard;

/// <summary>Pages, scripts and uPlot are embedded in Hosting.dll, so the dashboard works wherever the AppHost runs.</summary>
internal static class DashboardAssets
{
    public const string Namespace = "Hosting.Dashboard.wwwroot";

    public static IFileProvider FileProvider { get; } = new EmbeddedFileProvider(typeof(DashboardAssets).Assembly, Namespace);

    public static Stream? Open(string file) => typeof(DashboardAssets).Assembly.GetManifestResourceStream($"{Namespace}.{file}");
}
