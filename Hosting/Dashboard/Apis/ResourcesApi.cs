using Hosting.Dashboard.Model;
using Hosting.Dashboard.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hosting.Dashboard.Apis;

internal static class ResourcesApi
{
    public static IEndpointRouteBuilder MapResourcesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/resources");
        api.MapGet("/", GetResources);
        api.MapGet("/{name}", GetResource);
        api.MapPost("/{name}/{command}", ExecuteCommandAsync).AddEndpointFilter<SameOriginFilter>();
        app.MapGet("/api/links", (IDashboardBackend backend) => TypedResults.Ok(backend.GetLinks()));
        return app;
    }

    private static Ok<DashboardResource[]> GetResources(IDashboardBackend backend) =>
        TypedResults.Ok(backend.GetResources().Select(r => r.Masked()).ToArray());

    private static Results<Ok<DashboardResource>, ProblemHttpResult> GetResource(string name, IDashboardBackend backend) =>
        backend.GetResources().FirstOrDefault(r => r.Name == name) is { } resource
            ? TypedResults.Ok(resource.Masked())
            : NotFound(name);

    private static async Task<Results<Accepted<CommandAccepted>, ProblemHttpResult>> ExecuteCommandAsync(
        string name, string command, IDashboardBackend backend, CancellationToken cancellationToken)
    {
        if (ParseCommand(command) is not { } parsed)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown command",
                detail: $"'{command}' is not one of stop, start, restart.");
        if (!await backend.ExecuteCommandAsync(name, parsed, cancellationToken))
            return NotFound(name);
        return TypedResults.Accepted($"/api/resources/{Uri.EscapeDataString(name)}", new CommandAccepted(name, parsed.ToString().ToLowerInvariant()));
    }

    private static ResourceCommand? ParseCommand(string command) => command.ToLowerInvariant() switch
    {
        "stop" => ResourceCommand.Stop,
        "start" => ResourceCommand.Start,
        "restart" => ResourceCommand.Restart,
        _ => null,
    };

    internal static ProblemHttpResult NotFound(string name) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown resource", detail: $"No resource named '{name}'.");

    internal sealed record CommandAccepted(string Resource, string Command);
}
