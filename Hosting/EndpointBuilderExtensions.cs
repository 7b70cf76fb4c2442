using Hosting.ApplicationModel;

namespace Hosting;

public static class EndpointBuilderExtensions
{
    // port: the fixed host port people open (null = free port). Overridable with configuration Ports:{resource}.
    public static IResourceBuilder<T> WithHttpEndpoint<T>(this IResourceBuilder<T> builder, int? port = null, int? targetPort = null,
        string name = "http", string? env = null)
        where T : IResourceWithEndpoints =>
        builder.WithEndpoint(name, "http", port, targetPort, env);

    // Updates the endpoint when one with this name exists (AddProject adds "http"), else adds it.
    public static IResourceBuilder<T> WithEndpoint<T>(this IResourceBuilder<T> builder, string name, string scheme = "tcp",
        int? port = null, int? targetPort = null, string? env = null)
        where T : IResourceWithEndpoints
    {
        var endpoint = builder.Resource.Annotations.OfType<EndpointAnnotation>().FirstOrDefault(e => e.Name == name);
        if (endpoint is null)
        {
            endpoint = new EndpointAnnotation(name, scheme, port, targetPort);
            builder.WithAnnotation(endpoint);
        }
        endpoint.Port = port ?? endpoint.Port;
        endpoint.TargetPort = targetPort ?? endpoint.TargetPort;
        endpoint.EnvironmentVariable = env ?? endpoint.EnvironmentVariable;
        return builder;
    }

    public static EndpointReference GetEndpoint<T>(this IResourceBuilder<T> builder, string name = "http")
        where T : IResourceWithEndpoints => new(builder.Resource, name);
}
