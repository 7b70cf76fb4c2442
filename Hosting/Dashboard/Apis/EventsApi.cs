using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Hosting.Dashboard.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hosting.Dashboard.Apis;

/// <summary>Server-sent events: every resource once, then each resource again whenever it changes.</summary>
internal static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events", (IDashboardBackend backend, HttpContext context) =>
            TypedResults.ServerSentEvents(Events(backend, context.StreamAborted())));
        return app;
    }

    private static async IAsyncEnumerable<SseItem<DashboardResource>> Events(
        IDashboardBackend backend, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Subscribe before taking the snapshot so no change falls between the two.
        await using var changes = backend.WatchResourcesAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        var next = changes.MoveNextAsync();
        foreach (var resource in backend.GetResources())
            yield return new SseItem<DashboardResource>(resource.Masked(), "resource");
        while (await next)
        {
            yield return new SseItem<DashboardResource>(changes.Current.Masked(), "resource");
            next = changes.MoveNextAsync();
        }
    }
}
