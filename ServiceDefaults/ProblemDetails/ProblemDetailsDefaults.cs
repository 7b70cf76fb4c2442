using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Microsoft.Extensions.Hosting;

// Every error leaves as RFC 9457 problem+json. BadHttpRequestException (binding failures in Development,
// oversized bodies, malformed requests) carries the client-error status it means; it never becomes a 500.
internal static class ProblemDetailsDefaults
{
    public static IApplicationBuilder UseProblemDetailsResponses(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            // A client's malformed request is not a server error worth an error log and a failed trace.
            SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException,
        })
        .UseStatusCodePages();
}
