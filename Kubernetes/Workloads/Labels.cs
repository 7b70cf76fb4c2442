namespace Kubernetes.Workloads;

// Kubernetes' recommended labels. The same two name every object of a resource, select its pods from its
// Service, and select its Service from its ServiceMonitor.
public static class Labels
{
    public const string Name = "app.kubernetes.io/name";
    public const string PartOf = "app.kubernetes.io/part-of";

    public static Dictionary<string, string> For(string resource, string application) => new(StringComparer.Ordinal)
    {
        [Name] = resource,
        [PartOf] = application,
    };
}
