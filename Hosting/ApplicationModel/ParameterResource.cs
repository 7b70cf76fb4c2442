namespace Hosting.ApplicationModel;

// A value (from configuration, or generated once per run) that other resources consume; secrets are masked.
public sealed class ParameterResource(string name, Func<string> valueFactory, bool secret) : Resource(name)
{
    private readonly Lazy<string> _value = new(valueFactory);

    public bool Secret { get; } = secret;
    public string Value => _value.Value;
}
