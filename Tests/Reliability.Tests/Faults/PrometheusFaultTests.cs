using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Reliability.Tests.Support;
using TestSupport;

namespace Reliability.Tests.Faults;

// Prometheus is an observer: killing it under load costs the services nothing; it is restarted and
// scrapes the same targets again.
[Collection(ReliabilityCollection.Name)]
public sealed class PrometheusFaultTests(ReliabilitySystem system)
{
    [Fact]
    public async Task PrometheusKilledUnderLoadLeavesTheServicesUnaffectedAndScrapesTheSameTargetsAgain()
    {
        var prometheus = await system.SingleAsync("prometheus");
        var targetsBefore = await Eventually.ValueAsync(ActiveTargetsAsync, t => t.Count >= 3 && t.All(x => x.Up), Resources.Wait, "every target up");
        await using var load = new BackgroundLoad(system);
        await load.WarmAsync();

        Posix.Kill(prometheus.ServicePid(), Posix.SIGKILL);
        var killedAt = DateTime.UtcNow;
        await system.RestartedAsync("prometheus", 1, prometheus);
        var targetsAfter = await Eventually.ValueAsync(ActiveTargetsAsync,
            t => t.Count == targetsBefore.Count && t.All(x => x.Up), Resources.Wait, "every target scraped again");
        var resumedAfter = DateTime.UtcNow - killedAt;
        var outcomes = await load.StopAsync();

        var failed = outcomes.Where(BackgroundLoad.Failed).ToList();
        Assert.True(failed.Count == 0, $"{failed.Count} failed, e.g. {failed.FirstOrDefault()}");
        Assert.Equal(targetsBefore.Select(t => t.Key).Order(StringComparer.Ordinal), targetsAfter.Select(t => t.Key).Order(StringComparer.Ordinal));
        Figures.Record("Prometheus killed", string.Create(CultureInfo.InvariantCulture,
            $"{outcomes.Count} requests from {BackgroundLoad.Clients} clients: 0 failed; restarted, the same {targetsAfter.Count} targets up again after {resumedAfter.TotalSeconds:0.0} s"));
    }

    private sealed record Target(string Key, bool Up);

    private async Task<IReadOnlyList<Target>> ActiveTargetsAsync()
    {
        var response = await system.Prometheus.Http.GetFromJsonAsync<JsonElement>("api/v1/targets?state=active");
        return [.. response.GetProperty("data").GetProperty("activeTargets").EnumerateArray().Select(t => new Target(
            $"{t.GetProperty("labels").GetProperty("job").GetString()}/{t.GetProperty("labels").GetProperty("instance").GetString()}",
            t.GetProperty("health").GetString() == "up"))];
    }
}
