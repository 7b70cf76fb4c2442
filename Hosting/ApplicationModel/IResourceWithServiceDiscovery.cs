namespace Hosting.ApplicationModel;

// Referencing one of these injects services__{name}__{endpoint}__{i} for each replica.
public interface IResourceWithServiceDiscovery : IResourceWithEndpoints;
