using Hosting.ApplicationModel;

namespace Hosting.Testing;

public static class DistributedApplicationTestingExtensions
{
    public static Uri GetEndpoint(this DistributedApplication app, string resourceName, string endpointName = "http", int replica = 0) =>
        new(Endpoint(app, resourceName, endpointName).Replicas[replica].Url);

    public static IReadOnlyList<Uri> GetReplicaEndpoints(this DistributedApplication app, string resourceName, string endpointName = "http") =>
        [.. Endpoint(app, resourceName, endpointName).Replicas.Select(e => new Uri(e.Url))];

    public static HttpClient CreateHttpClient(this DistributedApplication app, string resourceName, string endpointName = "http", int replica = 0) =>
        new() { BaseAddress = app.GetEndpoint(resourceName, endpointName, replica), Timeout = TimeSpan.FromSeconds(30) };

    public static ValueTask<string> GetConnectionStringAsync(this DistributedApplication app, string resourceName, CancellationToken cancellationToken = default) =>
        app.Model.Find(resourceName) is IResourceWithConnectionString resource
            ? resource.GetConnectionStringAsync(cancellationToken)
            : throw new InvalidOperationException($"Resource '{resourceName}' has no connection string.");

    public static Task<IReadOnlyList<ResourceSnapshot>> WaitForResourceHealthyAsync(this DistributedApplication app, string resourceName,
        CancellationToken cancellationToken = default) =>
        app.ResourceNotifications.WaitForResourceHealthyAsync(resourceName, cancellationToken);

    public static Task StopResourceAsync(this DistributedApplication app, string nameOrInstanceId, CancellationToken cancellationToken = default) =>
        app.ResourceCommands.StopAsync(nameOrInstanceId, cancellationToken);

    public static Task StartResourceAsync(this DistributedApplication app, string nameOrInstanceId, CancellationToken cancellationToken = default) =>
        app.ResourceCommands.StartAsync(nameOrInstanceId, cancellationToken);

    public static Task RestartResourceAsync(this DistributedApplication app, string nameOrInstanceId, CancellationToken cancellationToken = default) =>
        app.ResourceCommands.RestartAsync(nameOrInstanceId, cancellationToken);

    // A client for the model's Prometheus resource (HTTP API: instant queries, targets).
    public static PrometheusQueryClient CreatePrometheusClient(this DistributedApplication app, string resourceName = "prometheus") =>
        new(app.CreateHttpClient(resourceName));

    private static EndpointReference Endpoint(DistributedApplication app, string resourceName, string endpointName) =>
        app.Model.Find(resourceName) is IResourceWithEndpoints resource
            ? new EndpointReference(resource, endpointName)
            : throw new InvalidOperationException($"Resource '{resourceName}' has no endpoints.");
}
