using Hosting.Dashboard.Security;

namespace Hosting.Dashboard.Model;

internal static class DashboardResourceMasking
{
    // Applied at the edge even if the orchestrator already masked: nothing secret leaves through the dashboard.
    public static DashboardResource Masked(this DashboardResource resource) => resource with
    {
        Replicas = resource.Replicas
            .Select(r => r with { Environment = SecretMasker.MaskEnvironment(r.Environment) })
            .ToList(),
    };
}
