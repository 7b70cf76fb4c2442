using System.Text.RegularExpressions;

namespace Hosting.Dashboard.Security;

/// <summary>Masks secrets in environment variables before they leave the AppHost: whole values of variables whose
/// name says secret, and the password part of connection strings and URLs anywhere else.</summary>
public static partial class SecretMasker
{
    public const string Mask = "******";

    public static IReadOnlyDictionary<string, string> MaskEnvironment(IReadOnlyDictionary<string, string> environment) =>
        environment.ToDictionary(kv => kv.Key, kv => MaskValue(kv.Key, kv.Value), StringComparer.Ordinal);

    public static string MaskValue(string name, string value)
    {
        if (value.Length == 0) return value;
        if (!IsConnectionStringName(name) && SecretName().IsMatch(name)) return Mask;
        var masked = PasswordPair().Replace(value, m => m.Groups["key"].Value + Mask);
        return UrlUserInfo().Replace(masked, m => m.Groups["user"].Value + ":" + Mask + "@");
    }

    // Connection strings are masked part by part so the host stays visible.
    private static bool IsConnectionStringName(string name) =>
        name.StartsWith("ConnectionStrings", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("pass(word)?|pwd|secret|token|(^|[_.:-])key($|[_.:-])|apikey|api_key|private", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"(?<key>\b(password|pwd|pass|secret|token|key)\s*=\s*)[^,;]*", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordPair();

    [GeneratedRegex(@"(?<user>//[^/:@\s]*):[^@/\s]+@")]
    private static partial Regex UrlUserInfo();
}
