using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Aspire.Hosting;

// Reruns every job with a JobScheduleAnnotation an interval after its last run ended, through Aspire's
// start command (as the dashboard's "Run" command does). The clock is the TimeProvider, so tests can
// move it; a run that is still going when the interval is up simply delays the next one.
public sealed class JobScheduleService(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    TimeProvider time,
    ILogger<JobScheduleService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(model.Resources
            .Select(job => (Job: job, Schedule: job.Annotations.OfType<JobScheduleAnnotation>().LastOrDefault()))
            .Where(j => j.Schedule is not null)
            .Select(j => RunEveryAsync(j.Job, j.Schedule!.Interval, stoppingToken)));

    private async Task RunEveryAsync(IResource job, TimeSpan interval, CancellationToken stoppingToken)
    {
        try
        {
            DateTime? lastEnd = null;
            while (true)
            {
                // A run's end is a terminal snapshot with a stop time not yet acted on: DCP's updates can
                // arrive late, and one of the previous run would otherwise start the interval early.
                var ended = await notifications.WaitForResourceAsync(job.Name,
                    e => JobBuilderExtensions.IsFinished(e.Snapshot) && (lastEnd is null || e.Snapshot.StopTimeStamp != lastEnd), stoppingToken);
                lastEnd = ended.Snapshot.StopTimeStamp;
                await Task.Delay(interval, time, stoppingToken);
                var result = await commands.ExecuteCommandAsync(job, KnownResourceCommands.StartCommand, stoppingToken);
                if (result.Success) continue;
                logger.LogWarning("Scheduled run of {Job} did not start: {Message}", job.Name, result.Message);
                lastEnd = null; // nothing new will end: try again an interval from now
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
