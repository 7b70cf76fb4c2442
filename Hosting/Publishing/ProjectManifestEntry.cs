using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Publishing;

namespace Aspire.Hosting;

// The entry Aspire's manifest publisher writes for a project, with room for the fields it has none for
// (replicas, job); the manifest publishing callbacks of this folder add theirs in the middle.
internal static class ProjectManifestEntry
{
    public static async Task WriteAsync(ManifestPublishingContext context, ProjectResource project, Action<ManifestPublishingContext> extra)
    {
        var metadata = project.Annotations.OfType<IProjectMetadata>().Single();
        context.Writer.WriteString("type", "project.v0");
        context.Writer.WriteString("path", context.GetManifestRelativePath(metadata.ProjectPath));
        extra(context);
        await context.WriteCommandLineArgumentsAsync(project);
        await context.WriteEnvironmentVariablesAsync(project);
        context.WriteBindings(project);
    }
}
