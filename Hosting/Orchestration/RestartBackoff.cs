using Hosting.ApplicationModel;

namespace Hosting.Orchestration;

// Delay before the n-th consecutive restart (0-based): InitialDelay * 2^n, capped at MaxDelay.
// Applied after EVERY exit, so a crash loop slows down instead of spinning.
public static class RestartBackoff
{
    public static TimeSpan Delay(RestartPolicyAnnotation policy, int consecutiveExits)
    {
        var factor = Math.Pow(2, Math.Min(consecutiveExits, 30));
        var ticks = Math.Min(policy.InitialDelay.Ticks * factor, policy.MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
