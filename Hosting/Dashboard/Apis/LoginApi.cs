using Hosting.Dashboard.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hosting.Dashboard.Apis;

/// <summary>GET /login?t=TOKEN (the URL the AppHost prints) or the login form: sets the HttpOnly session cookie
/// and redirects to the resources page.</summary>
internal static class LoginApi
{
    public static IEndpointRouteBuilder MapLoginApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", (string? t, HttpContext context, DashboardToken token) =>
            t is null ? Pages.Html("login.html") : LogIn(t, context, token));
        app.MapPost("/login", async (HttpContext context, DashboardToken token) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            return LogIn(form["token"].ToString(), context, token);
        }).AddEndpointFilter<SameOriginFilter>().DisableAntiforgery();
        app.MapPost("/logout", (HttpContext context) =>
        {
            context.Response.Cookies.Delete(DashboardToken.CookieName);
            return TypedResults.Redirect("/login");
        }).AddEndpointFilter<SameOriginFilter>().DisableAntiforgery();
        return app;
    }

    private static IResult LogIn(string candidate, HttpContext context, DashboardToken token)
    {
        if (!token.Matches(candidate))
            return Pages.Html("login.html", StatusCodes.Status401Unauthorized);
        context.Response.Cookies.Append(DashboardToken.CookieName, token.CookieValue, new CookieOptions
        {
            HttpOnly = true,
            // Lax, not Strict: the login link is opened from a terminal, a cross-site navigation.
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
        return TypedResults.Redirect("/");
    }
}
