using Hosting.ApplicationModel;
using Hosting.Integrations.Containers;
using Hosting.Tests.Integrations.Containers;
using Hosting.Tests.Integrations.Repository;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Hosting.Tests.Integrations.Wiring;

// An AppHost model with the integrations, a scripted container runtime and hand-allocated ports:
// what the orchestrator hands to CreateLaunchSpec, without starting anything.
internal sealed class IntegrationModel : IDisposable
{
    private readonly TempDirectory _runDirectory = new();

    public IntegrationModel(ContainerRuntimeMode mode, Dictionary<string, string?>? settings = null)
    {
        Builder = new DistributedApplicationBuilder([], Path.Combine(TestRepository.Layout.Root, "AppHost"));
        if (settings is not null) Builder.Configuration.AddInMemoryCollection(settings);
        Runner = new ScriptedCommandRunner(new() { ["docker"] = new CommandResult(0, "27.3.1") });
        Builder.Services.AddSingleton(new ContainerRuntimeProvider(new ContainerRuntimeDetector(Runner, _ => null), Runner, () => mode));
    }

    public DistributedApplicationBuilder Builder { get; }
    public ScriptedCommandRunner Runner { get; }
    public string RunDirectory => _runDirectory.Path;

    public static void Allocate(IResource resource, string endpoint, params int[] ports)
    {
        var annotation = resource.Annotations.OfType<EndpointAnnotation>().Single(e => e.Name == endpoint);
        annotation.SetAllocated(ports.Select((port, i) => new AllocatedEndpoint(endpoint, annotation.Scheme, annotation.Host, port, i)));
    }

    public LaunchSpec Launch(IResourceWithLaunchSpec resource, int replica = 0)
    {
        var directory = Directory.CreateDirectory(Path.Combine(RunDirectory, resource.Name)).FullName;
        return resource.CreateLaunchSpec(new LaunchContext
        {
            Resource = resource,
            ReplicaIndex = replica,
            RunId = "run1",
            InstanceId = $"{resource.Name}-{replica}",
            RunDirectory = directory,
            Endpoints = resource.Annotations.OfType<EndpointAnnotation>().ToDictionary(e => e.Name, e => e.Allocated[replica]),
            Environment = new Dictionary<string, string>(),
            Args = [],
            Configuration = Builder.Configuration,
        });
    }

    public static HealthProbeContext ProbeContext(IResource resource, HttpClient http, int replica = 0) => new()
    {
        Resource = resource,
        ReplicaIndex = replica,
        Http = http,
        Endpoints = resource.Annotations.OfType<EndpointAnnotation>().ToDictionary(e => e.Name, e => e.Allocated[replica]),
    };

    public async Task<Dictionary<string, string>> EnvironmentOfAsync(IResource resource, int replica = 0)
    {
        var context = new EnvironmentCallbackContext
        {
            Resource = resource, ReplicaIndex = replica, InstanceId = $"{resource.Name}-{replica}", Configuration = Builder.Configuration,
        };
        foreach (var callback in resource.Annotations.OfType<EnvironmentCallbackAnnotation>()) await callback.Callback(context);
        return context.EnvironmentVariables;
    }

    public void Dispose() => _runDirectory.Dispose();
}
