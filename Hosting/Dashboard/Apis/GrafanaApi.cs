using Hosting.Dashboard.Grafana;
using Hosting.Dashboard.Prometheus;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hosting.Dashboard.Apis;

/// <summary>The provisioned Grafana dashboards, rendered by the dashboard itself when Grafana is not running.</summary>
internal static class GrafanaApi
{
    public static IEndpointRouteBuilder MapGrafanaApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/grafana/dashboards", (GrafanaDashboardStore store) =>
            TypedResults.Ok(store.LoadAll().Select(d => new DashboardSummary(d.Uid, d.Title, d.File)).ToArray()));
        app.MapGet("/api/grafana/dashboards/{uid}", RenderAsync);
        return app;
    }

    private static async Task<Results<Ok<RenderedDashboard>, ProblemHttpResult>> RenderAsync(
        string uid, int? range, int? step, HttpRequest request, GrafanaDashboardStore store, PrometheusLabels labels,
        DashboardOptions options, CancellationToken cancellationToken)
    {
        if (store.Find(uid) is not { } dashboard)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown dashboard", detail: $"No dashboard with uid '{uid}'.");
        var rangeSeconds = Math.Clamp(range ?? 900, 60, 7 * 24 * 3600);
        var stepSeconds = Math.Clamp(step ?? Math.Max(1, rangeSeconds / 240), 1, rangeSeconds);
        var window = new QueryWindow(TimeSpan.FromSeconds(rangeSeconds), TimeSpan.FromSeconds(stepSeconds), options.ScrapeInterval);
        var requested = request.Query.Where(q => q.Key.StartsWith("var-", StringComparison.Ordinal))
            .ToDictionary(q => q.Key[4..], q => q.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToArray());
        var rendered = await new GrafanaDashboardRenderer(labels.ValuesAsync).RenderAsync(dashboard, requested, window, cancellationToken);
        return TypedResults.Ok(rendered);
    }

    internal sealed record DashboardSummary(string Uid, string Title, string File);
}
