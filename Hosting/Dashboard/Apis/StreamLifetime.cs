using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hosting.Dashboard.Apis;

internal static class StreamLifetime
{
    // Open event streams end when the dashboard stops, so an open browser tab never delays the AppHost's shutdown.
    public static CancellationToken StreamAborted(this HttpContext context)
    {
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        context.Response.RegisterForDispose(linked);
        return linked.Token;
    }
}
