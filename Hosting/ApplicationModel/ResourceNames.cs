using System.Text.RegularExpressions;

namespace Hosting.ApplicationModel;

// Names end up in environment variable keys (services__{name}__http__0), so keep them to a safe alphabet.
public static partial class ResourceNames
{
    public static string Validate(string name) =>
        ValidName().IsMatch(name)
            ? name
            : throw new ArgumentException($"Resource name '{name}' is invalid: use letters, digits and '-', starting with a letter.", nameof(name));

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9-]{0,63}$")]
    private static partial Regex ValidName();
}
