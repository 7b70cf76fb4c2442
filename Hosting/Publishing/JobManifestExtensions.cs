using System.Globalization;
using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

public static class JobManifestExtensions
{
    // Aspire's manifest cannot tell a batch job from a service: both are "project.v0". This writes the entry
    // Aspire writes for a project plus "job": { "runInterval": "hh:mm:ss" } (the WithRunInterval value, read
    // when the manifest is written; omitted when the job only runs on command), so the Kubernetes publisher
    // makes it a CronJob rather than a Deployment; see docs/kubernetes.md.
    public static IResourceBuilder<ProjectResource> PublishAsJob(this IResourceBuilder<ProjectResource> builder) =>
        builder.WithManifestPublishingCallback(context => ProjectManifestEntry.WriteAsync(context, builder.Resource, c =>
        {
            c.Writer.WriteStartObject("job");
            if (builder.Resource.Annotations.OfType<JobScheduleAnnotation>().LastOrDefault() is { } schedule)
                c.Writer.WriteString("runInterval", schedule.Interval.ToString("c", CultureInfo.InvariantCulture));
            c.Writer.WriteEndObject();
        }));
}
