using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Aspire.Hosting;

// A per-run folder under the temp directory for an executable's data (redis --dir, Prometheus'
// config, discovery files and TSDB); deleted when the AppHost stops.
public static class RunDirectory
{
    public static string Create(IDistributedApplicationBuilder builder, string resourceName)
    {
        var path = Path.Combine(Path.GetTempPath(), "aspire-metrics", $"{resourceName}-{Guid.NewGuid():N}");
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            Directory.CreateDirectory(path);
            e.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(() => TryDelete(path));
            return Task.CompletedTask;
        });
        return path;
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A process of the run may still hold a file; the system cleans its temp folder.
        }
    }
}
