using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

public static class ReplicaCountManifestExtensions
{
    // Aspire's manifest has no field for WithReplicas, so a publisher reading it (eng/publish-kubernetes.sh)
    // would run one replica where the app model says two. This writes the entry Aspire writes for a project,
    // plus "replicas": n; see docs/kubernetes.md.
    public static IResourceBuilder<ProjectResource> PublishReplicaCount(this IResourceBuilder<ProjectResource> builder) =>
        builder.WithManifestPublishingCallback(context => ProjectManifestEntry.WriteAsync(context, builder.Resource, c =>
            c.Writer.WriteNumber("replicas", builder.Resource.Annotations.OfType<ReplicaAnnotation>().LastOrDefault()?.Replicas ?? 1)));
}
