using Microsoft.AspNetCore.Http;

namespace Hosting.Dashboard.Security;

/// <summary>Cross-site request forgery guard for commands: a cookie-authenticated POST must come from a page
/// of this dashboard (browsers always send Origin on POST). Scripts using a bearer token are not browsers.</summary>
internal sealed class SameOriginFilter(DashboardToken token) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (DashboardAuthentication.IsBearerAuthenticated(request, token) || IsSameOrigin(request))
            return await next(context);
        return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
            detail: "Commands must come from the dashboard's own pages (Origin header of this host).");
    }

    private static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin)) origin = request.Headers.Referer.ToString();
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)) return false;
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0 && fetchSite != "same-origin") return false;
        return string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
