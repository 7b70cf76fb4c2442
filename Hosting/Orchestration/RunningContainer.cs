using Hosting.ApplicationModel;

namespace Hosting.Orchestration;

internal sealed class RunningContainer(string containerId, string runtime, ContainerLaunchSpec spec, Task<int> exited, string commandLine) : IRunningResource
{
    public string Id => containerId;
    public int? Pid => null;
    public string? ContainerId => containerId;
    public string CommandLine => commandLine;
    public ContainerLaunchSpec Spec => spec;
    public Task<int> Exited => exited;

    public async Task StopAsync(TimeSpan grace, CancellationToken cancellationToken = default)
    {
        await ContainerRunner.RunCliAsync(runtime, ContainerCommandLine.Stop(containerId, grace), null, cancellationToken);
        await ContainerRunner.RunCliAsync(runtime, ContainerCommandLine.Remove(containerId), null, cancellationToken);
        await exited.WaitAsync(grace, cancellationToken);
    }

    public void Kill() =>
        ContainerRunner.RunCliAsync(runtime, ContainerCommandLine.Remove(containerId), null, CancellationToken.None).GetAwaiter().GetResult();
}
