namespace Kubernetes.Manifest;

// A manifest expression with every {…} reference replaced; Secret when any part came from a secret parameter,
// so the value goes into a Secret rather than the pod spec.
public readonly record struct ResolvedValue(string Text, bool Secret)
{
    public static ResolvedValue operator +(ResolvedValue left, ResolvedValue right) =>
        new(left.Text + right.Text, left.Secret || right.Secret);
}
