using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Api.Tests.Support;

// The Api in-process with the given configuration and a clock that stands still (stable cache buckets).
// Settings go in as host settings (UseSetting), which WebApplicationFactory hands to Program as arguments: so
// they are visible while Program registers services, as ConnectionStrings:cache must be for AddRedisClient.
public sealed class ApiFactory(IReadOnlyDictionary<string, string?> settings, Action<IWebHostBuilder>? configure = null,
    bool patientResilience = true)
    : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Instant = new(2026, 3, 2, 15, 30, 0, TimeSpan.Zero);

    public ManualTimeProvider Clock { get; } = new(Instant);

    // These tests count the Predictor's predictions exactly. The Api's own budget (0.75 s per attempt) retries a
    // first, still-JITting prediction on a busy machine, which the Predictor then counts twice; the budget itself
    // is proven in Tests/Reliability.Tests (and by tests here that pass patientResilience: false), so here an attempt
    // gets time enough to finish.
    private static readonly Dictionary<string, string?> PatientResilience = new()
    {
        ["Resilience:AttemptTimeout:Timeout"] = "00:00:10",
        ["Resilience:TotalRequestTimeout:Timeout"] = "00:00:30",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (patientResilience)
            foreach (var (key, value) in PatientResilience) builder.UseSetting(key, value);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        configure?.Invoke(builder);
    }

    public async Task<PrometheusText> MetricsAsync() => PrometheusText.Parse(await CreateClient().GetStringAsync("/metrics"));
}
