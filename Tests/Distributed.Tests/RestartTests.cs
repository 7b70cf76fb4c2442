using TestSupport;

namespace Distributed.Tests;

// Aspire leaves a crashed process stopped; our restart policy starts it again through Aspire's own
// start command, and Prometheus' discovery follows the replica to its new process.
[Collection(AppHostCollection.Name)]
public sealed class RestartTests(AppHostFixture system)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task ReplicaKilledWithSigkillComesBackAndPrometheusScrapesTheNewProcess()
    {
        var victim = (await system.PredictorReplicasAsync())[1];
        var startTime = $"process_start_time_seconds{{instance=\"{victim.ResourceId}\"}}";
        var startedBefore = await Eventually.ValueAsync(() => system.Prometheus.ScalarAsync(startTime), v => v is not null, Wait,
            "the replica's process_start_time_seconds");

        var service = ProcessTree.Leaf(victim.ProcessId()!.Value);
        Posix.Kill(service, Posix.SIGKILL);

        await Eventually.TrueAsync(async () => await system.Prometheus.ScalarAsync(startTime) > startedBefore
                                               && await system.Prometheus.ScalarAsync($"up{{instance=\"{victim.ResourceId}\"}}") == 1,
            Wait, $"Prometheus scraping a new process of {victim.ResourceId}");
        var after = await system.PredictorReplicasAsync();
        Assert.Contains(after, r => r.ResourceId == victim.ResourceId && r.ProcessId() != victim.ProcessId());
        Assert.False(Posix.IsAlive(service));
    }

    [Fact]
    public async Task RedisKilledWithSigkillComesBackUnderTheSameConnectionStringAndCachingWorksAgain()
    {
        var connectionString = await system.App.GetConnectionStringAsync("cache");
        var redis = (await system.App.WaitForRunningInstancesAsync("cache", 1, Wait)).Single();

        Posix.Kill(ProcessTree.Leaf(redis.ProcessId()!.Value), Posix.SIGKILL);

        await Eventually.TrueAsync(async () => (await system.App.WaitForRunningInstancesAsync("cache", 1, Wait)).Single().ProcessId() != redis.ProcessId(),
            Wait, "a new redis-server process");
        await system.App.ResourceNotifications.WaitForResourceHealthyAsync("cache").WaitAsync(Wait);
        Assert.Equal(connectionString, await system.App.GetConnectionStringAsync("cache"));
        var ticker = system.TakeTickers(1)[0];
        await Eventually.TrueAsync(async () =>
        {
            using var response = await system.Api.GetAsync($"/predict/{ticker}");
            return response.Headers.TryGetValues("X-Cache", out var values) && values.Single() == "hit";
        }, Wait, "the api's cache answering again");
    }
}
