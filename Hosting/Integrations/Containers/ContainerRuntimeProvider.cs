using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hosting.Integrations.Containers;

// One per application builder: the container runtime decision (made once, on first use) shared by
// Redis, Prometheus and Grafana, and the run's network those containers join.
public sealed class ContainerRuntimeProvider(ContainerRuntimeDetector detector, ICommandRunner runner, Func<ContainerRuntimeMode> mode,
    Func<bool>? consoleOutput = null)
{
    private readonly Lazy<ContainerRuntime> _runtime = new(() => Announced(detector.DetectAsync(mode()).GetAwaiter().GetResult(), consoleOutput));
    private readonly Lock _gate = new();
    private ContainerNetwork? _network;

    public ContainerRuntime Runtime => _runtime.Value;

    // One line on the AppHost console (unless Hosting:ConsoleOutput=false, as in tests).
    public void Announce(string line) => Announce(line, consoleOutput);

    private static void Announce(string line, Func<bool>? consoleOutput)
    {
        if (consoleOutput?.Invoke() ?? true) Console.Out.WriteLine(line);
    }

    // The per-run network, created on first use; a failure here shows up as the container's own start error.
    public string EnsureNetwork(string runId)
    {
        lock (_gate)
        {
            if (_network is not null) return _network.Name;
            var network = ContainerNetwork.ForRun(runId);
            runner.RunAsync(Runtime.Command!, network.CreateArguments, ContainerRuntimeDetector.ProbeTimeout).GetAwaiter().GetResult();
            _network = network;
            return network.Name;
        }
    }

    public async Task RemoveNetworkAsync(CancellationToken cancellationToken)
    {
        ContainerNetwork? network;
        lock (_gate) (network, _network) = (_network, null);
        if (network is not null && Runtime.Command is { } command)
            await runner.RunAsync(command, network.RemoveArguments, ContainerRuntimeDetector.ProbeTimeout, cancellationToken);
    }

    // The builder's provider, registered (with its lifecycle hook) by the first integration added.
    public static ContainerRuntimeProvider For(IDistributedApplicationBuilder builder)
    {
        var existing = builder.Services.FirstOrDefault(d => d.ServiceType == typeof(ContainerRuntimeProvider))?.ImplementationInstance;
        if (existing is ContainerRuntimeProvider provider) return provider;
        provider = new ContainerRuntimeProvider(new ContainerRuntimeDetector(), new ProcessCommandRunner(),
            () => ContainerRuntimeSettings.ReadMode(builder.Configuration),
            () => builder.Configuration.GetValue($"{HostingOptions.Section}:{nameof(HostingOptions.ConsoleOutput)}", true));
        builder.Services.AddSingleton(provider);
        builder.Services.AddSingleton<IDistributedApplicationLifecycleHook>(new ContainerLifecycleHook(provider));
        return provider;
    }

    private static ContainerRuntime Announced(ContainerRuntime runtime, Func<bool>? consoleOutput)
    {
        Announce(runtime.IsAvailable
            ? $"containers: {runtime.Description}; redis, prometheus and grafana run as containers"
            : $"containers: {runtime.Description}; redis and prometheus run as executables, grafana is not started",
            consoleOutput);
        return runtime;
    }
}
