using Hosting.ApplicationModel;
using Hosting.Orchestration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hosting;

// The running system: a generic host whose main hosted service is the orchestrator.
public sealed class DistributedApplication(IHost host) : IHost, IAsyncDisposable
{
    public static IDistributedApplicationBuilder CreateBuilder(string[] args) =>
        DistributedApplicationTestingHook.CreateBuilder(args) ?? new DistributedApplicationBuilder(args);

    public IServiceProvider Services => host.Services;
    public DistributedApplicationModel Model => Services.GetRequiredService<DistributedApplicationModel>();
    public ResourceNotificationService ResourceNotifications => Services.GetRequiredService<ResourceNotificationService>();
    public ResourceLoggerService ResourceLogs => Services.GetRequiredService<ResourceLoggerService>();
    public ResourceCommandService ResourceCommands => Services.GetRequiredService<ResourceCommandService>();

    public Task StartAsync(CancellationToken cancellationToken = default) => host.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => host.StopAsync(cancellationToken);

    // Runs until Ctrl+C/SIGTERM. A start failure (port in use, missing executable...) has already been
    // explained on the console; it ends the run with exit code 1 and nothing left running.
    public void Run() => RunAsync().GetAwaiter().GetResult();

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await host.RunAsync(cancellationToken);
        }
        catch (DistributedApplicationException)
        {
            // The orchestrator already printed why and stopped what it had started; RunAsync disposed the host.
            Environment.ExitCode = 1;
        }
    }

    public void Dispose() => host.Dispose();

    public async ValueTask DisposeAsync()
    {
        try
        {
            await host.StopAsync(CancellationToken.None);
        }
        finally
        {
            if (host is IAsyncDisposable asyncDisposable) await asyncDisposable.DisposeAsync();
            else host.Dispose();
        }
    }
}
