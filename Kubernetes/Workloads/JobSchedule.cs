using Kubernetes.Manifest;

namespace Kubernetes.Workloads;

// The CronJob schedule of a job: Schedules:{name} when configured, else the app model's run interval as cron.
// Cron counts from the hour and the day, so only intervals that divide an hour or a day translate exactly
// (15 min → "*/15 * * * *"); any other interval must be configured rather than silently approximated.
public static class JobSchedule
{
    public static string For(ManifestResource job, PublishOptions options)
    {
        if (options.Schedules.TryGetValue(job.Name, out var configured)) return configured;
        var hint = $"pass --Schedules:{job.Name}=\"CRON\"";
        if (job.Job?.RunInterval is not { } interval)
            throw new PublishException($"Job '{job.Name}' has no run interval in the model: {hint}.");
        return FromInterval(interval)
            ?? throw new PublishException($"Job '{job.Name}' runs every {interval:c}, which no cron schedule matches exactly: {hint}.");
    }

    public static string? FromInterval(TimeSpan interval)
    {
        if (interval.Ticks % TimeSpan.TicksPerMinute != 0 || interval <= TimeSpan.Zero) return null;
        var minutes = (long)interval.TotalMinutes;
        if (minutes < 60 && 60 % minutes == 0) return minutes == 1 ? "* * * * *" : $"*/{minutes} * * * *";
        if (minutes % 60 != 0) return null;
        var hours = minutes / 60;
        if (hours < 24 && 24 % hours == 0) return hours == 1 ? "0 * * * *" : $"0 */{hours} * * *";
        return hours == 24 ? "0 0 * * *" : null;
    }
}
