using System.Globalization;
using Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Hosting.Orchestration;

// Model -> plan: start order from the WaitFor graph, one port per endpoint per replica, run directories.
public sealed class ApplicationPlanner(IConfiguration configuration, HostingOptions options)
{
    public ApplicationPlan Plan(DistributedApplicationModel model)
    {
        var launchable = model.Resources.OfType<IResourceWithLaunchSpec>().Cast<IResource>().ToList();
        var order = WaitGraph.StartOrder(launchable).Cast<IResourceWithLaunchSpec>().ToList();
        var runId = Guid.NewGuid().ToString("N")[..8];
        var runDirectory = options.RunDirectory is { Length: > 0 } dir
            ? Directory.CreateDirectory(dir).FullName
            : RunDirectories.CreateTemporary();

        using var ports = new PortAllocator();
        var resources = order.Select(resource => PlanResource(resource, ports, runDirectory)).ToList();
        return new ApplicationPlan(runId, runDirectory, resources);
    }

    private ResourcePlan PlanResource(IResourceWithLaunchSpec resource, PortAllocator ports, string runDirectory)
    {
        var replicas = resource.Annotations.OfType<ReplicaAnnotation>().LastOrDefault()?.Replicas ?? 1;
        var endpoints = resource.Annotations.OfType<EndpointAnnotation>().ToList();
        var perReplica = Enumerable.Range(0, replicas).Select(_ => new Dictionary<string, AllocatedEndpoint>()).ToList();
        foreach (var endpoint in endpoints)
        {
            var fixedPort = FixedPort(resource, endpoint, endpoints);
            if (fixedPort is not null && replicas > 1)
                throw new DistributedApplicationException(
                    $"'{resource.Name}' has {replicas} replicas but a fixed port {fixedPort} on its '{endpoint.Name}' endpoint; replicas need free ports (remove the port).");
            var allocated = Enumerable.Range(0, replicas).Select(i =>
            {
                var port = fixedPort is { } p
                    ? ports.TryFixed(endpoint.Host, p) ?? throw new DistributedApplicationException(LaunchErrors.PortInUse(resource.Name, endpoint.Name, p))
                    : ports.Free(endpoint.Host);
                return new AllocatedEndpoint(endpoint.Name, endpoint.Scheme, endpoint.Host, port, i);
            }).ToList();
            endpoint.SetAllocated(allocated);
            for (var i = 0; i < replicas; i++) perReplica[i][endpoint.Name] = allocated[i];
        }

        var resourceDirectory = Directory.CreateDirectory(Path.Combine(runDirectory, resource.Name)).FullName;
        return new ResourcePlan(
            resource,
            [.. perReplica.Select((eps, i) => new ReplicaPlan(resource, i, InstanceId(resource.Name, i), eps))],
            WaitGraph.DependenciesOf(resource),
            RestartPolicy(resource),
            resourceDirectory);
    }

    public static string InstanceId(string resourceName, int replicaIndex) =>
        string.Create(CultureInfo.InvariantCulture, $"{resourceName}-{replicaIndex}");

    // Ports:{resource} (or Ports:{resource}:{endpoint}) overrides the model; tests randomize everything.
    private int? FixedPort(IResource resource, EndpointAnnotation endpoint, List<EndpointAnnotation> all)
    {
        if (options.RandomizePorts) return null;
        var key = endpoint == all[0] ? configuration[$"Ports:{resource.Name}"] : null;
        key = configuration[$"Ports:{resource.Name}:{endpoint.Name}"] ?? key;
        if (key is null) return endpoint.Port is 0 ? null : endpoint.Port;
        return int.TryParse(key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535
            ? (port == 0 ? null : port)
            : throw new DistributedApplicationException($"Configuration Ports:{resource.Name} = '{key}' is not a port number.");
    }

    private RestartPolicyAnnotation RestartPolicy(IResource resource) =>
        resource.Annotations.OfType<RestartPolicyAnnotation>().LastOrDefault()
        ?? new RestartPolicyAnnotation(
            options.Restart.Enabled && resource is ProjectResource,
            options.Restart.InitialDelay, options.Restart.MaxDelay, options.Restart.ResetAfter);
}
