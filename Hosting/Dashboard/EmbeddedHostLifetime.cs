using Microsoft.Extensions.Hosting;

namespace Hosting.Dashboard;

/// <summary>The dashboard lives inside the AppHost: Ctrl+C and SIGTERM belong to the AppHost, which stops the
/// dashboard after its resources. The default console lifetime would stop it at the first signal.</summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
