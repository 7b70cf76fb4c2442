namespace Hosting.ApplicationModel;

public sealed record AllocatedEndpoint(string Name, string Scheme, string Host, int Port, int ReplicaIndex)
{
    public string Url => $"{Scheme}://{Host}:{Port}";
    public string HostAndPort => $"{Host}:{Port}";
    public override string ToString() => Url;
}
