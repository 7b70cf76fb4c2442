namespace Hosting.ApplicationModel;

public sealed class ReplicaAnnotation(int replicas) : IResourceAnnotation
{
    public int Replicas { get; } = replicas >= 1 ? replicas : throw new ArgumentOutOfRangeException(nameof(replicas), "At least one replica.");
}
