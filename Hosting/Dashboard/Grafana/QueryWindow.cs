namespace Hosting.Dashboard.Grafana;

/// <summary>The time range and resolution a panel is drawn for.</summary>
public sealed record QueryWindow(TimeSpan Range, TimeSpan Step, TimeSpan ScrapeInterval)
{
    // Grafana's definition: at least four scrapes, and more than one step.
    public TimeSpan RateInterval => TimeSpan.FromTicks(Math.Max(4 * ScrapeInterval.Ticks, Step.Ticks + ScrapeInterval.Ticks));
}
