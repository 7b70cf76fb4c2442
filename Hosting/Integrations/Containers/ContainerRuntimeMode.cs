namespace Hosting.Integrations.Containers;

// What `AppHost:ContainerRuntime` asks for; Auto probes docker, then podman.
public enum ContainerRuntimeMode
{
    Auto,
    Docker,
    Podman,
    None,
}
