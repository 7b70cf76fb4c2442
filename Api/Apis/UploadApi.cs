using System.Diagnostics;
using Api.Metrics;
using Api.Model;
using Api.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Api.Apis;

public static class UploadApi
{
    public static IEndpointRouteBuilder MapUploadApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/upload", Upload);
        return app;
    }

    public static async Task<Results<Ok<UploadResult>, ProblemHttpResult>> Upload(
        HttpRequest request, MultipartFileHasher hasher, UploadMetrics metrics, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = await hasher.HashAsync(request, cancellationToken);
        if (outcome.Result is not { } result)
            return Problems.Status(outcome.Status, outcome.Status == StatusCodes.Status413PayloadTooLarge ? "File too large" : "Invalid upload",
                outcome.Problem ?? "The upload was rejected.");
        metrics.Uploaded(result.Size, Stopwatch.GetElapsedTime(started));
        return TypedResults.Ok(result);
    }
}
