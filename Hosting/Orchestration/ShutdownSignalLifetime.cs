using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hosting.Orchestration;

// Ctrl+C / SIGTERM / SIGQUIT: the first one stops everything gracefully (reverse dependency order);
// a second one kills every child at once and exits.
internal sealed class ShutdownSignalLifetime(IHostApplicationLifetime lifetime, IServiceProvider services) : IHostLifetime, IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _signals;

    public Task WaitForStartAsync(CancellationToken cancellationToken)
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT })
            _registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
        return Task.CompletedTask;
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        if (Interlocked.Increment(ref _signals) == 1)
        {
            Console.Out.WriteLine($"{context.Signal}: stopping every resource (again to kill at once)...");
            lifetime.StopApplication();
            return;
        }
        services.GetRequiredService<Orchestrator>().KillAll();
        Environment.Exit(130);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
    }
}
