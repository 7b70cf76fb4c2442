using Hosting.ApplicationModel;

namespace Hosting;

public static class ContainerResourceBuilderExtensions
{
    public static IResourceBuilder<ContainerResource> AddContainer(this IDistributedApplicationBuilder builder, string name, string image, string tag = "latest") =>
        builder.AddResource(new ContainerResource(name, image, tag));

    public static IResourceBuilder<T> WithBindMount<T>(this IResourceBuilder<T> builder, string source, string target, bool isReadOnly = false)
        where T : ContainerResource
    {
        builder.Resource.Mounts.Add(new ContainerMount(Path.GetFullPath(Path.Combine(builder.ApplicationBuilder.AppHostDirectory, source)), target, isReadOnly));
        return builder;
    }
}
