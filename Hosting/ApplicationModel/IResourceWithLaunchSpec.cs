namespace Hosting.ApplicationModel;

// Turns one planned replica into the concrete thing a runner starts (a process or a container).
public interface IResourceWithLaunchSpec : IResource
{
    LaunchSpec CreateLaunchSpec(LaunchContext context);
}
