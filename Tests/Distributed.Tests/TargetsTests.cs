using Hosting.Testing;
using TestSupport;

namespace Distributed.Tests;

[Collection(AppHostCollection.Name)]
public sealed class TargetsTests(AppHostFixture system)
{
    [Fact]
    public async Task EveryTargetIsUpAndTheApiAndBothPredictorReplicasAreScraped()
    {
        var expected = system.App.GetReplicaEndpoints("predictor").Append(system.App.GetEndpoint("api"))
            .Select(u => $"{u.Host}:{u.Port}").Order().ToList();

        var up = await Eventually.ValueAsync(() => system.Prometheus.VectorAsync("up"),
            series => expected.All(i => series.Any(s => s.Labels["instance"] == i && s.Value == 1)), TimeSpan.FromSeconds(30), "api and predictors up");

        Assert.All(up, s => Assert.Equal(1, s.Value));
        Assert.Equal(2, up.Count(s => s.Labels["job"].Contains("predictor", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TargetInfoIdentifiesEachReplicaByItsServiceInstanceId()
    {
        var info = await Eventually.ValueAsync(() => system.Prometheus.VectorAsync("target_info{service_name=\"predictor\"}"),
            series => series.Count == 2, TimeSpan.FromSeconds(30), "two predictor target_info series");

        Assert.Equal(["predictor-0", "predictor-1"], info.Select(s => s.Labels["service_instance_id"]).Order());
        var byInstance = info.ToDictionary(s => s.Labels["service_instance_id"], s => s.Labels["instance"]);
        var endpoints = system.App.GetReplicaEndpoints("predictor");
        Assert.Equal($"{endpoints[0].Host}:{endpoints[0].Port}", byInstance["predictor-0"]);
        Assert.Equal($"{endpoints[1].Host}:{endpoints[1].Port}", byInstance["predictor-1"]);
    }
}
