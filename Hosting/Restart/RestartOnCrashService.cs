using System.Collections.Concurrent;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Aspire.Hosting;

// Aspire leaves a crashed executable or project stopped. This watches every resource instance with
// a RestartPolicyAnnotation and, after its backoff, runs Aspire's own start command on it, so the
// dashboard shows the restart like a click on "Start" and the instance keeps its name and proxy port.
public sealed class RestartOnCrashService(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService logs,
    TimeProvider time,
    ILogger<RestartOnCrashService> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, CrashDetector> _detectors = new();
    private readonly ConcurrentDictionary<string, int> _crashesInARow = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
            {
                if (!update.Resource.TryGetLastAnnotation<RestartPolicyAnnotation>(out var policy)) continue;
                var detector = _detectors.GetOrAdd(update.ResourceId, _ => new CrashDetector());
                logger.LogDebug("{Resource}: {State} (exit code {ExitCode})", update.ResourceId, update.Snapshot.State?.Text, update.Snapshot.ExitCode);
                if (detector.IsCrash(update.Snapshot)) _ = RestartAsync(update, policy, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RestartAsync(ResourceEvent crash, RestartPolicyAnnotation policy, CancellationToken stoppingToken)
    {
        var snapshot = crash.Snapshot;
        var ranFor = snapshot.StopTimeStamp - snapshot.StartTimeStamp;
        var crashes = ranFor > policy.MaxDelay ? 1 : _crashesInARow.AddOrUpdate(crash.ResourceId, 1, (_, n) => n + 1);
        _crashesInARow[crash.ResourceId] = crashes;
        var delay = policy.DelayAfter(crashes);
        var console = logs.GetLogger(crash.ResourceId);
        console.LogWarning("{Resource} exited with code {ExitCode}; restarting in {Delay} ms (crash {Count} in a row)",
            crash.ResourceId, snapshot.ExitCode, (int)delay.TotalMilliseconds, crashes);
        try
        {
            await Task.Delay(delay, time, stoppingToken);
            var result = await commands.ExecuteCommandAsync(crash.ResourceId, KnownResourceCommands.StartCommand, stoppingToken);
            if (!result.Success) logger.LogWarning("Restarting {Resource} failed: {Message}", crash.ResourceId, result.Message);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
