using k8s.Models;
using Kubernetes.Manifest;

namespace Kubernetes.Workloads;

// A CronJob per batch job. Forbid keeps to the app model's "never two runs at once"; a failed run is not retried
// (backoffLimit 0, restartPolicy Never), as the AppHost does not restart a job, so the failure stays visible in
// the Job's status until the next scheduled run.
public sealed class CronJobBuilder(PodTemplateBuilder pods, PublishOptions options)
{
    public V1CronJob Build(ManifestResource resource, WorkloadEnvironment environment)
    {
        var labels = Labels.For(resource.Name, options.Application);
        return new V1CronJob
        {
            ApiVersion = "batch/v1",
            Kind = "CronJob",
            Metadata = new V1ObjectMeta { Name = resource.Name, Labels = labels },
            Spec = new V1CronJobSpec
            {
                Schedule = JobSchedule.For(resource, options),
                ConcurrencyPolicy = "Forbid",
                SuccessfulJobsHistoryLimit = 3,
                FailedJobsHistoryLimit = 3,
                JobTemplate = new V1JobTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = labels },
                    Spec = new V1JobSpec
                    {
                        BackoffLimit = 0,
                        Template = pods.Build(resource, environment, restartPolicy: "Never"),
                    },
                },
            },
        };
    }
}
