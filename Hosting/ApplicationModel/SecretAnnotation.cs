namespace Hosting.ApplicationModel;

// Environment variables whose values are masked wherever state is shown (dashboard, console).
public sealed class SecretEnvironmentAnnotation(string variableName) : IResourceAnnotation
{
    public string VariableName { get; } = variableName;
}
