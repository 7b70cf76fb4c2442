namespace Aspire.Hosting.ApplicationModel;

// Debian's redis-server as an Aspire executable with the connection string Aspire's Redis container
// gives (host:port,password=...), so the services cannot tell the two apart. DCP proxies the
// endpoint's port to the process' own (target) port, which survives restarts.
public sealed class RedisServerResource(string name, ParameterResource password, string dataDirectory)
    : ExecutableResource(name, "redis-server", dataDirectory), IResourceWithConnectionString
{
    public const string PrimaryEndpointName = "tcp";

    public ParameterResource PasswordParameter { get; } = password;

    public EndpointReference PrimaryEndpoint => field ??= new(this, PrimaryEndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{PrimaryEndpoint.Property(EndpointProperty.HostAndPort)},password={PasswordParameter}");
}
