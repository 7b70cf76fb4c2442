using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

// ASP.NET Core ships JWT and cookie schemes but none for a fixed shared secret, which is what Prometheus'
// `authorization: { credentials: ... }` sends. This scheme accepts `Authorization: Bearer {Metrics:Prometheus:BearerToken}`
// (compared in constant time) and answers a failed challenge with 401 problem+json.
internal sealed class MetricsTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IOptions<PrometheusEndpointOptions> endpoint, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "MetricsToken";
    public const string PolicyName = "MetricsScrape";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var expected = endpoint.Value.BearerToken;
        var header = Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (string.IsNullOrEmpty(expected) || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(AuthenticateResult.NoResult());
        var presented = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        if (!CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes(expected)))
            return Task.FromResult(AuthenticateResult.Fail("Wrong metrics token."));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "prometheus")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized",
                Detail = "This metrics endpoint needs `Authorization: Bearer <token>`.",
            },
        });
    }
}
