using Microsoft.Extensions.DependencyInjection;

namespace Hosting.Tests.Support;

// An app model as an AppHost builds it, never started: for asserting annotations, arguments and
// generated files, the way Aspire's own integration tests do.
public static class Model
{
    public static IDistributedApplicationBuilder Builder(string mode) =>
        DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            Args = [$"--Hosting:ResourceMode={mode}"],
            DisableDashboard = true,
        });

    // What DCP would be told: an allocated address for each endpoint, so references resolve.
    public static void Allocate(IResource resource, int port, int targetPort)
    {
        foreach (var endpoint in resource.Annotations.OfType<EndpointAnnotation>())
        {
            endpoint.TargetPort ??= targetPort;
            endpoint.AllocatedEndpoint = new AllocatedEndpoint(endpoint, "localhost", port);
        }
    }
}

// What DCP would run: the resource's arguments and environment, evaluated as at start.
public static class Evaluate
{
    private static readonly DistributedApplicationExecutionContext Run = new(
        new DistributedApplicationExecutionContextOptions(DistributedApplicationOperation.Run)
        {
            Services = new ServiceCollection().AddSingleton(new ResourceLoggerService()).BuildServiceProvider(),
        });

    public static async Task<string[]> ArgumentsAsync(IResource resource)
    {
        var result = await ExecutionConfigurationBuilder.Create(resource).WithArgumentsConfig().BuildAsync(Run);
        return result.Exception is { } e ? throw e : [.. result.Arguments.Select(a => a.Value)];
    }

    public static async Task<Dictionary<string, string>> EnvironmentAsync(IResource resource)
    {
        var result = await ExecutionConfigurationBuilder.Create(resource).WithEnvironmentVariablesConfig().BuildAsync(Run);
        return result.Exception is { } e ? throw e : result.EnvironmentVariables.ToDictionary();
    }
}
