using Hosting.ApplicationModel;

namespace Hosting.Orchestration;

// The result of planning: ports allocated, resources in start order (dependencies first).
public sealed record ApplicationPlan(string RunId, string RunDirectory, IReadOnlyList<ResourcePlan> Resources)
{
    public IEnumerable<ReplicaPlan> Replicas => Resources.SelectMany(r => r.Replicas);
}

public sealed record ResourcePlan(
    IResourceWithLaunchSpec Resource,
    IReadOnlyList<ReplicaPlan> Replicas,
    IReadOnlyList<IResource> WaitsFor,
    RestartPolicyAnnotation RestartPolicy,
    string RunDirectory);

public sealed record ReplicaPlan(IResourceWithLaunchSpec Resource, int Index, string InstanceId, IReadOnlyDictionary<string, AllocatedEndpoint> Endpoints)
{
    public string DisplayName => Resource.Annotations.OfType<ReplicaAnnotation>().Any() ? InstanceId : Resource.Name;
}
