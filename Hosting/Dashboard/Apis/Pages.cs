using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hosting.Dashboard.Apis;

/// <summary>The pages: plain HTML shipped inside the assembly; their scripts fetch the JSON API.</summary>
internal static class Pages
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Html("index.html"));
        app.MapGet("/logs", () => Html("logs.html"));
        app.MapGet("/metrics", () => Html("metrics.html"));
        return app;
    }

    public static IResult Html(string file, int statusCode = StatusCodes.Status200OK)
    {
        var stream = DashboardAssets.Open(file) ?? throw new InvalidOperationException($"Missing embedded page {file}");
        return statusCode == StatusCodes.Status200OK
            ? TypedResults.Stream(stream, "text/html; charset=utf-8")
            : new StatusStream(stream, statusCode);
    }

    private sealed class StatusStream(Stream stream, int statusCode) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = statusCode;
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            await using (stream) await stream.CopyToAsync(httpContext.Response.Body, httpContext.RequestAborted);
        }
    }
}
