using TestSupport;

namespace Distributed.Tests;

// Prometheus sees each replica as its own target: instance = the replica's name, job = the resource.
[Collection(AppHostCollection.Name)]
public sealed class TargetsTests(AppHostFixture system)
{
    [Fact]
    public async Task TheApiAndEachPredictorReplicaAreTargetsOfTheirOwnAndUp()
    {
        var replicas = (await system.PredictorReplicasAsync()).Select(r => r.ResourceId).ToList();

        var up = await Eventually.ValueAsync(() => system.Prometheus.VectorAsync("up"),
            // The api may be scraped once while it is still starting (nothing waits for Prometheus): wait for it up too.
            series => replicas.All(r => series.Any(s => s.Labels["instance"] == r && s.Value == 1)) && series.Any(s => s.Labels["job"] == "api" && s.Value == 1),
            TimeSpan.FromSeconds(30), "api and both predictor replicas up");

        Assert.All(up, s => Assert.Equal(1, s.Value));
        Assert.Equal(replicas, up.Where(s => s.Labels["job"] == "predictor").Select(s => s.Labels["instance"]).Order(StringComparer.Ordinal));
        Assert.Single(up, s => s.Labels["job"] == "api");
    }

    [Fact]
    public async Task TargetInfoIdentifiesEachReplicaByTheServiceInstanceIdAspireGaveIt()
    {
        var replicas = await system.PredictorReplicasAsync();

        var info = await Eventually.ValueAsync(() => system.Prometheus.VectorAsync("target_info{job=\"predictor\"}"),
            series => series.Count == 2, TimeSpan.FromSeconds(30), "two predictor target_info series");

        foreach (var replica in replicas)
        {
            var attributes = replica.Snapshot.EnvironmentVariables.Single(e => e.Name == "OTEL_RESOURCE_ATTRIBUTES").Value!;
            var instanceId = attributes.Split(',').Single(a => a.StartsWith("service.instance.id=", StringComparison.Ordinal))["service.instance.id=".Length..];
            Assert.Single(info, s => s.Labels["instance"] == replica.ResourceId && s.Labels["service_instance_id"] == instanceId);
        }
    }
}
