using System.Diagnostics;
using System.Globalization;
using System.Net;
using Aspire.Hosting.ApplicationModel;
using Reliability.Tests.Support;
using TestSupport;

namespace Reliability.Tests.Faults;

// The predictor behind the api's resilience pipeline (retries go to the other replica): one replica
// killed under load costs at most 0.1% of requests; with both down, the api answers 503 problem+json
// promptly and stays responsive.
[Collection(ReliabilityCollection.Name)]
public sealed class PredictorFaultTests(ReliabilitySystem system)
{
    private const double MaxFailedShare = 0.001;
    private static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task OneReplicaKilledUnderLoadFailsAtMostOneRequestInAThousandAndIsScrapedAgain()
    {
        var victim = (await system.PredictorReplicasAsync())[0];
        var startTime = $"process_start_time_seconds{{instance=\"{victim.ResourceId}\"}}";
        var startedBefore = await Eventually.ValueAsync(() => system.Prometheus.ScalarAsync(startTime), v => v is not null, Resources.Wait, "the replica's start time");
        await using var load = new BackgroundLoad(system);
        await load.WarmAsync();
        var sentBefore = load.Generator.Outcomes.Count;

        Posix.Kill(victim.ServicePid(), Posix.SIGKILL);
        var killedAt = DateTime.UtcNow;
        await system.RestartedAsync("predictor", 2, victim);
        await Eventually.TrueAsync(async () => await system.Prometheus.ScalarAsync(startTime) > startedBefore
                                               && await system.Prometheus.ScalarAsync($"up{{instance=\"{victim.ResourceId}\"}}") == 1,
            Resources.Wait, $"Prometheus scraping the new process of {victim.ResourceId}");
        var scrapedAfter = DateTime.UtcNow - killedAt;
        await Eventually.TrueAsync(() => load.Generator.Outcomes.Count >= sentBefore + 500, Resources.Wait, "500 more requests");
        var outcomes = await load.StopAsync();

        var during = outcomes.Where(o => o.At >= killedAt).ToList();
        var reachedPredictor = during.Count(o => o.Path.StartsWith("/predict/", StringComparison.Ordinal) && o.CacheHeader != "hit");
        var failed = outcomes.Where(BackgroundLoad.Failed).ToList();
        var share = (double)failed.Count / outcomes.Count;
        Assert.True(share <= MaxFailedShare, $"{failed.Count} of {outcomes.Count} failed, e.g. {failed.FirstOrDefault()}");
        Figures.Record("One predictor replica killed (-9)", string.Create(CultureInfo.InvariantCulture,
            $"{failed.Count} of {outcomes.Count} requests failed ({share:P3}) from {BackgroundLoad.Clients} clients, " +
            $"{reachedPredictor} through to the predictor after the kill; replica restarted and scraped again after {scrapedAfter.TotalSeconds:0.0} s"));
    }

    [Fact]
    public async Task BothReplicasDownGet503ProblemJsonWithinTwoSecondsAndTheApiStaysResponsive()
    {
        var replicas = await system.PredictorReplicasAsync();
        foreach (var replica in replicas) await system.RunCommandAsync(replica.ResourceId, KnownResourceCommands.StopCommand);
        var answers = new List<(HttpStatusCode Status, string? Type, TimeSpan Took)>();
        var other = new List<(HttpStatusCode Status, TimeSpan Took)>();
        try
        {
            await Eventually.TrueAsync(async () => (await system.Api.GetAsync("/predict/NOPEX?model=normal")).StatusCode == HttpStatusCode.ServiceUnavailable,
                Resources.Wait, "the api answering 503 with both replicas down");
            for (var i = 0; i < Scale.PredictionsWithBothReplicasDown; i++)
            {
                answers.Add(await TimedAsync($"/predict/NOPE{i}?model=normal", r => r.Content.Headers.ContentType?.MediaType));
                foreach (var path in (string[])["/", "/metrics"])
                {
                    var (status, _, took) = await TimedAsync(path, _ => null);
                    other.Add((status, took));
                }
            }
        }
        finally
        {
            foreach (var replica in replicas) await system.RunCommandAsync(replica.ResourceId, KnownResourceCommands.StartCommand);
            await system.App.WaitForRunningInstancesAsync("predictor", 2, Resources.Wait);
            await system.App.ResourceNotifications.WaitForResourceHealthyAsync("predictor").WaitAsync(Resources.Wait);
        }

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.ServiceUnavailable, "application/problem+json"), (a.Status, a.Type)));
        Assert.All(answers, a => Assert.True(a.Took <= AnswerBound, $"503 took {a.Took.TotalMilliseconds:0} ms"));
        Assert.All(other, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.All(other, a => Assert.True(a.Took <= AnswerBound, $"/ or /metrics took {a.Took.TotalMilliseconds:0} ms"));
        Figures.Record("Both predictor replicas down", string.Create(CultureInfo.InvariantCulture,
            $"{answers.Count} predictions: 503 problem+json in max {answers.Max(a => a.Took.TotalMilliseconds):0} ms; " +
            $"{other.Count} requests to / and /metrics: 200 in max {other.Max(a => a.Took.TotalMilliseconds):0} ms"));
    }

    private async Task<(HttpStatusCode Status, string? Type, TimeSpan Took)> TimedAsync(string path, Func<HttpResponseMessage, string?> type)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await system.Api.GetAsync(path);
        await response.Content.LoadIntoBufferAsync();
        return (response.StatusCode, type(response), Stopwatch.GetElapsedTime(started));
    }
}
