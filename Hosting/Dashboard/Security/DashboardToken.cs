using System.Security.Cryptography;
using System.Text;

namespace Hosting.Dashboard.Security;

/// <summary>The per-run login token and the cookie value derived from it (the cookie never carries the token itself).</summary>
public sealed class DashboardToken
{
    public const string CookieName = "dashboard_auth";

    private readonly byte[] _token;
    private readonly string _cookieValue;

    public DashboardToken(string? configured)
    {
        Value = string.IsNullOrWhiteSpace(configured) ? Generate() : configured.Trim();
        _token = Encoding.UTF8.GetBytes(Value);
        _cookieValue = Convert.ToHexStringLower(HMACSHA256.HashData(_token, "dashboard-session"u8));
    }

    public string Value { get; }

    public string CookieValue => _cookieValue;

    public bool Matches(string? candidate) => candidate is not null && FixedTimeEquals(_token, candidate);

    public bool MatchesCookie(string? candidate) =>
        candidate is not null && FixedTimeEquals(Encoding.UTF8.GetBytes(_cookieValue), candidate);

    private static bool FixedTimeEquals(byte[] expected, string candidate) =>
        CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(candidate));

    private static string Generate() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
