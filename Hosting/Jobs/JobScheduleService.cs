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
            while (true)
            {
                await notifications.WaitForResourceAsync(job.Name, e => JobBuilderExtensions.IsFinished(e.Snapshot), stoppingToken);
                await Task.Delay(interval, time, stoppingToken);
                var result = await commands.ExecuteCommandAsync(job, KnownResourceCommands.StartCommand, stoppingToken);
                if (!result.Success) logger.LogWarning("Scheduled run of {Job} did not start: {Message}", job.Name, result.Message);
                // The run has begun once the job leaves its terminal state; only then wait for its end again.
                else await notifications.WaitForResourceAsync(job.Name, e => !JobBuilderExtensions.IsFinished(e.Snapshot), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
