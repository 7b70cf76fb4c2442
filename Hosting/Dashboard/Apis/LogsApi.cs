using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Hosting.Dashboard.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hosting.Dashboard.Apis;

internal static class LogsApi
{
    public static IEndpointRouteBuilder MapLogsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/resources/{name}/logs", GetLogs);
        app.MapGet("/api/resources/{name}/logs/stream", StreamLogs);
        return app;
    }

    private static Results<Ok<ResourceLogs>, ProblemHttpResult> GetLogs(string name, IDashboardBackend backend) =>
        backend.GetLogs(name) is { } lines
            ? TypedResults.Ok(new ResourceLogs(name, lines.Select(Plain).ToArray()))
            : ResourcesApi.NotFound(name);

    private static IResult StreamLogs(string name, IDashboardBackend backend, HttpContext context) =>
        backend.GetLogs(name) is null
            ? ResourcesApi.NotFound(name)
            : TypedResults.ServerSentEvents(Lines(backend, name, context.StreamAborted()));

    private static async IAsyncEnumerable<SseItem<DashboardLogLine>> Lines(
        IDashboardBackend backend, string name, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var line in backend.WatchLogsAsync(name, cancellationToken))
            yield return new SseItem<DashboardLogLine>(Plain(line), "log") { EventId = line.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }

    private static DashboardLogLine Plain(DashboardLogLine line) => line with { Text = AnsiEscapes.Strip(line.Text) };

    internal sealed record ResourceLogs(string Resource, DashboardLogLine[] Lines);
}
