using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Hosting.Dashboard.Security;

/// <summary>Everything but the login page needs the cookie (or a bearer token for scripts):
/// API calls get 401, pages are sent to the login page.</summary>
internal static class DashboardAuthentication
{
    public static IApplicationBuilder UseDashboardAuthentication(this IApplicationBuilder app, DashboardToken token) =>
        app.Use(async (context, next) =>
        {
            if (IsPublic(context.Request.Path) || IsAuthenticated(context.Request, token))
            {
                await next(context);
                return;
            }
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                await Results.Problem(statusCode: StatusCodes.Status401Unauthorized,
                    title: "Unauthorized", detail: "Log in with the URL the AppHost printed, or send Authorization: Bearer <token>.")
                    .ExecuteAsync(context);
                return;
            }
            context.Response.Redirect("/login");
        });

    public static bool IsBearerAuthenticated(HttpRequest request, DashboardToken token)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string prefix = "Bearer ";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && token.Matches(header[prefix.Length..].Trim());
    }

    private static bool IsAuthenticated(HttpRequest request, DashboardToken token) =>
        token.MatchesCookie(request.Cookies[DashboardToken.CookieName]) || IsBearerAuthenticated(request, token);

    private static bool IsPublic(PathString path) =>
        path == "/login" || path == "/app.css" || path == "/favicon.ico";
}
