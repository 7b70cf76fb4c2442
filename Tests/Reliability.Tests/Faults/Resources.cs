using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Reliability.Tests.Support;
using TestSupport;

namespace Reliability.Tests.Faults;

// Finding, signalling and commanding the processes of the running system.
public static class Resources
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    public static async Task<ResourceEvent> SingleAsync(this ReliabilitySystem system, string name) =>
        (await system.App.WaitForRunningInstancesAsync(name, 1, Wait)).Single();

    // The process that does the work: under `dotnet run`, the service itself.
    public static int ServicePid(this ResourceEvent instance) => ProcessTree.Leaf(instance.ProcessId()!.Value);

    public static async Task<ResourceEvent> RestartedAsync(this ReliabilitySystem system, string name, int replicas, ResourceEvent before) =>
        await Eventually.ValueAsync(async () => (await system.App.WaitForRunningInstancesAsync(name, replicas, Wait)).Single(r => r.ResourceId == before.ResourceId),
            r => r.ProcessId() != before.ProcessId(), Wait, $"a new process of {before.ResourceId}");

    public static async Task RunCommandAsync(this ReliabilitySystem system, string resourceId, string command)
    {
        var result = await system.App.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resourceId, command);
        Assert.True(result.Success, $"{command} on {resourceId}: {result.Message}");
    }
}
