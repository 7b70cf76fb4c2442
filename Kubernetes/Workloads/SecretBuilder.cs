using k8s.Models;

namespace Kubernetes.Workloads;

// The workload's Secret: connection strings, passwords and anything else derived from a secret parameter.
public static class SecretBuilder
{
    public static V1Secret? Build(string resource, WorkloadEnvironment environment, string application)
    {
        if (environment.SecretData.Count == 0) return null;
        return new V1Secret
        {
            ApiVersion = "v1",
            Kind = "Secret",
            Metadata = new V1ObjectMeta { Name = environment.SecretName, Labels = Labels.For(resource, application) },
            Type = "Opaque",
            StringData = new Dictionary<string, string>(environment.SecretData, StringComparer.Ordinal),
        };
    }
}
