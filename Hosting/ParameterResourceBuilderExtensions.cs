using Hosting.ApplicationModel;

namespace Hosting;

public static class ParameterResourceBuilderExtensions
{
    // The value comes from configuration "Parameters:{name}" (appsettings, env Parameters__name, --Parameters:name=...).
    public static IResourceBuilder<ParameterResource> AddParameter(this IDistributedApplicationBuilder builder, string name, bool secret = false) =>
        builder.AddResource(new ParameterResource(name, () => builder.Configuration[$"Parameters:{name}"]
            ?? throw new DistributedApplicationException($"Parameter '{name}' has no value: set configuration 'Parameters:{name}' (e.g. env Parameters__{name}=...)."), secret));

    public static IResourceBuilder<ParameterResource> AddParameter(this IDistributedApplicationBuilder builder, string name, Func<string> value, bool secret = false) =>
        builder.AddResource(new ParameterResource(name, value, secret));

    // A secret from configuration "Parameters:{name}" when set, else a new random password for this run.
    public static IResourceBuilder<ParameterResource> AddPassword(this IDistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new ParameterResource(name, () => builder.Configuration[$"Parameters:{name}"] ?? PasswordGenerator.Generate(), secret: true));
}
