namespace Hosting;

// Bound from the "Hosting" configuration section (appsettings.json, env Hosting__X, or --Hosting:X=...).
public sealed class HostingOptions
{
    public const string Section = "Hosting";

    // Tests set this: every endpoint, fixed ones included, gets a free port.
    public bool RandomizePorts { get; set; }
    // Where generated config and data go; a fresh temp directory when empty.
    public string? RunDirectory { get; set; }
    public TimeSpan HealthProbeInterval { get; set; } = TimeSpan.FromMilliseconds(100);
    // Once healthy, probing slows down; a crash is noticed at once anyway (the process exits).
    public TimeSpan HealthProbeIntervalWhenHealthy { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan HealthProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);
    // A resource not healthy after this long fails the start, with its last log lines.
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);
    // SIGTERM, then SIGKILL of the process group after this long.
    public TimeSpan StopTimeout { get; set; } = TimeSpan.FromSeconds(5);
    public RestartOptions Restart { get; set; } = new();
    public int LogLinesPerResource { get; set; } = 1000;
    // Prefixed resource output and state changes on the AppHost console.
    public bool ConsoleOutput { get; set; } = true;
}

public sealed class RestartOptions
{
    public bool Enabled { get; set; } = true;
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromMilliseconds(500);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan ResetAfter { get; set; } = TimeSpan.FromSeconds(30);
}
