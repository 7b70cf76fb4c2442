using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ServiceDefaults.Prometheus;

// GET /metrics: bearer token (when configured), format negotiation, optional gzip, body from the shared collection.
internal sealed class PrometheusScrapeHandler(PrometheusMetricReader reader, IOptions<PrometheusExporterOptions> options)
{
    public async Task HandleAsync(HttpContext context)
    {
        var token = options.Value.BearerToken;
        if (!string.IsNullOrEmpty(token) && !BearerToken.Matches(context.Request.Headers.Authorization, token))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: "This metrics endpoint needs `Authorization: Bearer <token>`.").ExecuteAsync(context);
            return;
        }

        var format = ContentNegotiation.SelectFormat(context.Request.Headers.Accept);
        using var lease = await reader.Collector.AcquireAsync(format);
        if (!lease.Succeeded)
        {
            await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Metrics unavailable",
                detail: "The meter provider did not collect (not started or shutting down).").ExecuteAsync(context);
            return;
        }

        var response = context.Response;
        response.ContentType = ExpositionFormats.ContentType(format);
        response.Headers.Vary = "Accept, Accept-Encoding";
        response.Headers.CacheControl = "no-store";
        if (ContentNegotiation.AcceptsGzip(context.Request.Headers.AcceptEncoding))
        {
            response.Headers.ContentEncoding = "gzip";
            await using var gzip = new GZipStream(response.Body, CompressionLevel.Fastest, leaveOpen: true);
            await gzip.WriteAsync(lease.Content, context.RequestAborted);
        }
        else
        {
            response.ContentLength = lease.Content.Length;
            await response.Body.WriteAsync(lease.Content, context.RequestAborted);
        }
    }
}
