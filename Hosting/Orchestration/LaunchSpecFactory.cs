using Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Hosting.Orchestration;

// Resolves a replica's environment and arguments (callbacks run after ports exist) into a launch spec.
public sealed class LaunchSpecFactory(IConfiguration configuration, ApplicationPlan plan)
{
    public async Task<LaunchSpec> CreateAsync(ReplicaPlan replica, CancellationToken cancellationToken)
    {
        var resource = replica.Resource;
        var resourcePlan = plan.Resources.First(r => r.Resource == resource);

        var env = new EnvironmentCallbackContext
        {
            Resource = resource, ReplicaIndex = replica.Index, InstanceId = replica.InstanceId,
            Configuration = configuration, CancellationToken = cancellationToken,
        };
        foreach (var endpoint in resource.Annotations.OfType<EndpointAnnotation>().Where(e => e.EnvironmentVariable is not null))
            env.EnvironmentVariables[endpoint.EnvironmentVariable!] = replica.Endpoints[endpoint.Name].Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var callback in resource.Annotations.OfType<EnvironmentCallbackAnnotation>())
            await callback.Callback(env);

        var args = new CommandLineArgsCallbackContext
        {
            Resource = resource, ReplicaIndex = replica.Index, RunDirectory = resourcePlan.RunDirectory,
            Configuration = configuration, CancellationToken = cancellationToken,
        };
        foreach (var callback in resource.Annotations.OfType<CommandLineArgsCallbackAnnotation>())
            await callback.Callback(args);

        var spec = resource.CreateLaunchSpec(new LaunchContext
        {
            Resource = resource, ReplicaIndex = replica.Index, RunId = plan.RunId, InstanceId = replica.InstanceId,
            RunDirectory = resourcePlan.RunDirectory, Endpoints = replica.Endpoints,
            Environment = env.EnvironmentVariables, Args = args.Args, Configuration = configuration,
        });
        Validate(resource, spec);
        return spec;
    }

    // Problems a user can fix, found before anything starts.
    private static void Validate(IResource resource, LaunchSpec spec)
    {
        if (resource is ProjectResource project && !File.Exists(project.Metadata.DllPath))
            throw new DistributedApplicationException(LaunchErrors.ProjectNotBuilt(resource.Name, project.Metadata.DllPath, project.Metadata.ProjectPath));
        if (spec is ProcessLaunchSpec process && ExecutableLocator.Find(process.FileName) is null)
            throw new DistributedApplicationException($"'{resource.Name}' cannot start: {LaunchErrors.MissingExecutable(process.FileName, process.DebianPackage)}");
        if (spec is ContainerLaunchSpec container && ExecutableLocator.Find(container.Runtime) is null)
            throw new DistributedApplicationException($"'{resource.Name}' cannot start: {LaunchErrors.MissingExecutable(container.Runtime, container.Runtime == "podman" ? "podman" : "docker.io")}");
    }
}
