namespace Microsoft.Extensions.Hosting;

// One fault as the AppHost's faults file describes it (section Faults:{name}): active until Until, never
// without one, and never for longer than MaxDuration from now, so a stale or hand-edited file cannot switch
// a fault on for good. What Milliseconds and Percent mean is the service's business; each clamps them.
public sealed class RuntimeFault
{
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(1);

    public DateTimeOffset? Until { get; set; }
    public int Milliseconds { get; set; }
    public int Percent { get; set; }

    public bool IsActive(DateTimeOffset now) => Until is { } until && now < until && until - now <= MaxDuration;
}
