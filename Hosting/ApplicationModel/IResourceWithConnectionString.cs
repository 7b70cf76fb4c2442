namespace Hosting.ApplicationModel;

// Referencing one of these injects ConnectionStrings__{name}. The value is resolved after ports are allocated.
public interface IResourceWithConnectionString : IResource
{
    ValueTask<string> GetConnectionStringAsync(CancellationToken cancellationToken = default);
}
