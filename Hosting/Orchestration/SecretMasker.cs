using Hosting.ApplicationModel;

namespace Hosting.Orchestration;

// Hides secret values (secret parameters such as the Redis password, and variables marked secret)
// wherever state is displayed.
public sealed class SecretMasker(DistributedApplicationModel model)
{
    public const string Hidden = "****";

    public string Mask(IResource resource, string key, string value) =>
        resource.Annotations.OfType<SecretEnvironmentAnnotation>().Any(a => a.VariableName == key) && !ContainsSecret(value)
            ? Hidden
            : MaskText(value);

    public string MaskText(string text)
    {
        foreach (var secret in Secrets())
            text = text.Replace(secret, Hidden, StringComparison.Ordinal);
        return text;
    }

    private bool ContainsSecret(string value) => Secrets().Any(s => value.Contains(s, StringComparison.Ordinal));

    private IEnumerable<string> Secrets() =>
        model.Resources.OfType<ParameterResource>().Where(p => p.Secret).Select(SafeValue).Where(v => v.Length > 0);

    private static string SafeValue(ParameterResource parameter)
    {
        try
        {
            return parameter.Value;
        }
        catch (DistributedApplicationException)
        {
            return "";
        }
    }
}
