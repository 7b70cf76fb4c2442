using Hosting.ApplicationModel;
using Hosting.Testing;
using TestSupport;

namespace Distributed.Tests;

[Collection(AppHostCollection.Name)]
public sealed class RestartTests(AppHostFixture system)
{
    [Fact]
    public async Task ReplicaKilledWithSigkillComesBackAndPrometheusScrapesTheNewProcess()
    {
        var before = system.App.ResourceNotifications.GetSnapshot("predictor-1")!;
        var endpoint = system.App.GetEndpoint("predictor", replica: 1);
        var instance = $"{endpoint.Host}:{endpoint.Port}";
        var startTimeQuery = $"process_start_time_seconds{{instance=\"{instance}\"}}";
        var startedBefore = await Eventually.ValueAsync(() => system.Prometheus.ScalarAsync(startTimeQuery), v => v is not null,
            TimeSpan.FromSeconds(30), "the replica's process_start_time_seconds");

        Posix.Kill(before.Pid!.Value, Posix.SIGKILL);

        var after = await Eventually.ValueAsync(() => Task.FromResult(system.App.ResourceNotifications.GetSnapshot("predictor-1")!),
            s => s.RestartCount == before.RestartCount + 1 && s.IsHealthyAndRunning, TimeSpan.FromSeconds(30), "predictor-1 restarted and healthy");
        Assert.NotEqual(before.Pid, after.Pid);
        Assert.Contains(system.App.ResourceLogs.GetLogs("predictor-1"), l => l.Text == "exited with code 137");
        await Eventually.TrueAsync(async () => await system.Prometheus.ScalarAsync(startTimeQuery) > startedBefore
                                               && await system.Prometheus.ScalarAsync($"up{{instance=\"{instance}\"}}") == 1,
            TimeSpan.FromSeconds(30), $"Prometheus scraping the new predictor-1 process at {instance}");
        Assert.Equal(before.Urls, after.Urls);
        Assert.Equal(ResourceState.Running, system.App.ResourceNotifications.GetSnapshot("predictor-0")!.State);
    }
}
