using System.Diagnostics;
using Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Api.Apis;

// Simulated work for load tests and latency panels; both stop when the client goes away.
public static class WorkApi
{
    public const int MaxWorkMilliseconds = 10_000;
    public const int MaxTaskSeconds = 30;

    public static IEndpointRouteBuilder MapWorkApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/work", DoWork);
        app.MapGet("/do_task", DoTask);
        return app;
    }

    public static async Task<Results<Ok<WorkResult>, ProblemHttpResult>> DoWork(string? ms, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!QueryValue.TryParseBounded(ms, 0, MaxWorkMilliseconds, out var milliseconds))
            return Problems.BadRequest($"ms must be a whole number of milliseconds from 0 to {MaxWorkMilliseconds}.");
        var started = Stopwatch.GetTimestamp();
        await Task.Delay(TimeSpan.FromMilliseconds(milliseconds), time, cancellationToken);
        return TypedResults.Ok(new WorkResult(milliseconds, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
    }

    public static async Task<Results<Ok<TaskResult>, ProblemHttpResult>> DoTask(string? seconds, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!QueryValue.TryParseBounded(seconds, 0, MaxTaskSeconds, out var duration))
            return Problems.BadRequest($"seconds must be a whole number from 0 to {MaxTaskSeconds}.");
        var startedAt = time.GetUtcNow();
        await Task.Delay(TimeSpan.FromSeconds(duration), time, cancellationToken);
        return TypedResults.Ok(new TaskResult(duration, startedAt, time.GetUtcNow()));
    }
}
