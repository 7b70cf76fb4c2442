using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace ServiceDefaults.Prometheus;

internal static class BearerToken
{
    // `Authorization: Bearer {token}`, compared in constant time so response timing does not leak the token.
    public static bool Matches(StringValues authorization, string expected)
    {
        var header = authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        var presented = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes(expected));
    }
}
