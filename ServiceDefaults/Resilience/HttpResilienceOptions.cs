namespace Microsoft.Extensions.Hosting;

// Bound from the "Resilience" configuration section; defaults follow Aspire's standard resilience handler.
public sealed class HttpResilienceOptions
{
    public const string SectionName = "Resilience";

    public bool Enabled { get; set; } = true;

    // Upper bound for the whole call, all retries included.
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    // Upper bound for one attempt.
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public RetrySettings Retry { get; set; } = new();

    public CircuitBreakerSettings CircuitBreaker { get; set; } = new();

    public sealed class RetrySettings
    {
        public int MaxAttempts { get; set; } = 3;

        // Base of the exponential backoff; jitter spreads the actual delays around it.
        public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(2);
    }

    public sealed class CircuitBreakerSettings
    {
        public double FailureRatio { get; set; } = 0.1;
        public int MinimumThroughput { get; set; } = 100;
        public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);
        public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);
    }
}
