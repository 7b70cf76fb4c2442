using Hosting.Dashboard.Prometheus;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hosting.Dashboard.Apis;

/// <summary>Read-only Prometheus endpoints, proxied: query_range for charts, query for stats and tables,
/// label values for selectors.</summary>
internal static class MetricsApi
{
    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/query_range", (string? query, string? start, string? end, string? step, PrometheusProxy proxy, CancellationToken ct) =>
            Required(query) ?? proxy.ForwardAsync("/api/v1/query_range",
                [new("query", query), new("start", start), new("end", end), new("step", step)], ct));
        app.MapGet("/api/query", (string? query, string? time, PrometheusProxy proxy, CancellationToken ct) =>
            Required(query) ?? proxy.ForwardAsync("/api/v1/query", [new("query", query), new("time", time)], ct));
        return app;
    }

    private static Task<IResult>? Required(string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? Task.FromResult<IResult>(TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
                title: "Missing query", detail: "The 'query' parameter (PromQL) is required."))
            : null;
}
