namespace Kubernetes.Tree;

// One file of the tree: its path relative to the tree's root (forward slashes) and the object it holds.
public sealed record GeneratedFile(string Path, object Content);
