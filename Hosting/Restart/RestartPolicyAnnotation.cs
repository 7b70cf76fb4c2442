using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

// WithRestartOnCrash: start the resource again when its process exits on its own, after a delay
// that doubles with each crash in a row (InitialDelay, 2x, 4x, ... capped at MaxDelay). A run that
// lasted longer than MaxDelay counts as healthy and resets the series.
public sealed record RestartPolicyAnnotation(TimeSpan InitialDelay, TimeSpan MaxDelay) : IResourceAnnotation
{
    public static readonly RestartPolicyAnnotation Default = new(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30));

    // The delay before restart number `crashesInARow` (1 = the first crash).
    public TimeSpan DelayAfter(int crashesInARow)
    {
        var factor = Math.Pow(2, Math.Min(Math.Max(crashesInARow, 1) - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(InitialDelay.Ticks * factor, MaxDelay.Ticks));
        return delay < InitialDelay ? InitialDelay : delay;
    }
}
