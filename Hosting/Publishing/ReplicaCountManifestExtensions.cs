using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

public static class ReplicaCountManifestExtensions
{
    // Aspire's manifest has no field for WithReplicas, so a publisher reading it (eng/publish-kubernetes.sh)
    // would run one replica where the app model says two. This writes the entry Aspire writes for a project,
    // plus "replicas": n; see docs/kubernetes.md.
    public static IResourceBuilder<ProjectResource> PublishReplicaCount(this IResourceBuilder<ProjectResource> builder) =>
        builder.WithManifestPublishingCallback(async context =>
        {
            var project = builder.Resource;
            var metadata = project.Annotations.OfType<IProjectMetadata>().Single();
            context.Writer.WriteString("type", "project.v0");
            context.Writer.WriteString("path", context.GetManifestRelativePath(metadata.ProjectPath));
            context.Writer.WriteNumber("replicas", project.Annotations.OfType<ReplicaAnnotation>().LastOrDefault()?.Replicas ?? 1);
            await context.WriteCommandLineArgumentsAsync(project);
            await context.WriteEnvironmentVariablesAsync(project);
            context.WriteBindings(project);
        });
}
