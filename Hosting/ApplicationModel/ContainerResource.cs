namespace Hosting.ApplicationModel;

// An OCI image run with the docker or podman CLI; its "process id" is the container id.
public class ContainerResource(string name, string image, string tag = "latest")
    : Resource(name), IResourceWithEnvironment, IResourceWithArgs, IResourceWithEndpoints, IResourceWithWaitSupport, IResourceWithLaunchSpec
{
    public string Image { get; } = image;
    public string Tag { get; } = tag;
    public List<ContainerMount> Mounts { get; } = [];

    public virtual LaunchSpec CreateLaunchSpec(LaunchContext context) => new ContainerLaunchSpec
    {
        Runtime = context.Configuration["Hosting:ContainerRuntime"] is "podman" ? "podman" : "docker",
        Image = $"{Image}:{Tag}",
        ContainerName = $"{context.InstanceId}-{context.RunId}",
        Ports = [.. Annotations.OfType<EndpointAnnotation>().Select(e =>
        {
            var allocated = context.Endpoint(e.Name);
            return new ContainerPortMapping(allocated.Host, allocated.Port, e.TargetPort ?? allocated.Port);
        })],
        Mounts = Mounts,
        Environment = context.Environment,
        Args = context.Args,
    };
}
