using Hosting.ApplicationModel;

namespace Hosting;

public static class ProjectResourceBuilderExtensions
{
    // AddProject<Projects.Api>("api"): the metadata class is generated for every referenced project.
    public static IResourceBuilder<ProjectResource> AddProject<TProject>(this IDistributedApplicationBuilder builder, string name)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject(name, new TProject());

    // AddProject("api", "../Api"): the path (directory or .csproj, relative to the AppHost) must be a
    // ProjectReference of the AppHost so its dll path was generated at build time.
    public static IResourceBuilder<ProjectResource> AddProject(this IDistributedApplicationBuilder builder, string name, string projectPath) =>
        builder.AddProject(name, ProjectMetadataCatalog.Find(builder.AppHostDirectory, projectPath));

    public static IResourceBuilder<ProjectResource> AddProject(this IDistributedApplicationBuilder builder, string name, IProjectMetadata metadata)
    {
        var project = builder.AddResource(new ProjectResource(name, metadata))
            .WithHttpEndpoint()
            .WithHttpHealthCheck("/health");
        return project.WithEnvironment(ctx =>
        {
            var env = ctx.EnvironmentVariables;
            env["ASPNETCORE_URLS"] = project.Resource.Annotations.OfType<EndpointAnnotation>()
                .Where(e => e.Scheme is "http" or "https")
                .Select(e => e.Allocated[ctx.ReplicaIndex].Url)
                .Aggregate((a, b) => $"{a};{b}");
            env["ASPNETCORE_ENVIRONMENT"] = "Development";
            env["DOTNET_ENVIRONMENT"] = "Development";
            env["OTEL_SERVICE_NAME"] = name;
            env["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={ctx.InstanceId}";
            return Task.CompletedTask;
        });
    }
}
