using Hosting.ApplicationModel;
using Hosting.Integrations.Containers;

namespace Hosting.Integrations.Redis;

// redis-server with a per-run password: a container when a runtime answers, else the Debian executable.
public sealed class RedisResource(string name, ParameterResource password, ContainerRuntimeProvider containers)
    : Resource(name), IResourceWithConnectionString, IResourceWithEndpoints, IResourceWithWaitSupport, IResourceWithLaunchSpec
{
    public const string PrimaryEndpointName = "tcp";

    public ParameterResource PasswordParameter { get; } = password;
    public EndpointReference PrimaryEndpoint => new(this, PrimaryEndpointName);

    public ValueTask<string> GetConnectionStringAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(RedisLaunch.ConnectionString(PrimaryEndpoint.Port, PasswordParameter.Value));

    public LaunchSpec CreateLaunchSpec(LaunchContext context)
    {
        var port = context.Endpoint(PrimaryEndpointName).Port;
        var runtime = containers.Runtime;
        if (runtime.IsAvailable)
            return RedisLaunch.Container(runtime.Command!, $"{context.InstanceId}-{context.RunId}", port, PasswordParameter.Value);

        var data = Directory.CreateDirectory(Path.Combine(context.RunDirectory, $"data-{context.ReplicaIndex}")).FullName;
        return new ProcessLaunchSpec
        {
            FileName = RedisLaunch.Executable,
            Args = RedisLaunch.ExecutableArguments(port, PasswordParameter.Value, data),
            WorkingDirectory = context.RunDirectory,
            Environment = context.Environment,
            DebianPackage = RedisLaunch.DebianPackage,
        };
    }
}
