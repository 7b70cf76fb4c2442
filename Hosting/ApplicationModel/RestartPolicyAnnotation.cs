namespace Hosting.ApplicationModel;

// Restart after EVERY exit (not only failed launches), waiting InitialDelay, doubling up to MaxDelay.
// The delay resets once a run stayed up for ResetAfter.
public sealed record RestartPolicyAnnotation(bool Enabled, TimeSpan InitialDelay, TimeSpan MaxDelay, TimeSpan ResetAfter) : IResourceAnnotation
{
    public static RestartPolicyAnnotation Default { get; } =
        new(true, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));

    public static RestartPolicyAnnotation Never { get; } = Default with { Enabled = false };
}
