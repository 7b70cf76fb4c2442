using Hosting.ApplicationModel;
using Hosting.Orchestration;

namespace Hosting.Tests.Orchestration;

public sealed class ResourceNotificationServiceTests
{
    private static ResourceSnapshot Replica(int index) =>
        new() { Name = "predictor", ResourceType = "Project", ReplicaIndex = index, InstanceId = $"predictor-{index}" };

    [Fact]
    public async Task WaitForHealthyCompletesOnlyWhenEveryReplicaIsRunningAndHealthy()
    {
        var notifications = new ResourceNotificationService();
        notifications.Publish(Replica(0));
        notifications.Publish(Replica(1));
        var waiting = notifications.WaitForResourceHealthyAsync("predictor");

        notifications.Update("predictor-0", s => s with { State = ResourceState.Running, HealthStatus = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy });
        await Task.Yield();
        Assert.False(waiting.IsCompleted);

        notifications.Update("predictor-1", s => s with { State = ResourceState.Running, HealthStatus = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy });
        var replicas = await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["predictor-0", "predictor-1"], replicas.Select(r => r.InstanceId));
    }

    [Fact]
    public void UpdatesReplaceTheSnapshotAndKeepPublicationOrder()
    {
        var notifications = new ResourceNotificationService();
        notifications.Publish(Replica(1));
        notifications.Publish(Replica(0));

        notifications.Update("predictor-1", s => s with { RestartCount = 2 });

        Assert.Equal(["predictor-1", "predictor-0"], notifications.GetSnapshots().Select(s => s.InstanceId));
        Assert.Equal([0, 1], notifications.GetReplicas("predictor").Select(s => s.ReplicaIndex));
        Assert.Equal(2, notifications.GetSnapshot("predictor-1")!.RestartCount);
    }
}
