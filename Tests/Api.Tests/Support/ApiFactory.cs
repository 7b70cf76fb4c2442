using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Api.Tests.Support;

// The Api in-process with the given configuration and a clock that stands still (stable cache buckets).
// Settings go in as host settings (UseSetting), which WebApplicationFactory hands to Program as arguments: so
// they are visible while Program registers services, as ConnectionStrings:cache must be for AddRedisClient.
public sealed class ApiFactory(IReadOnlyDictionary<string, string?> settings, Action<IWebHostBuilder>? configure = null)
    : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Instant = new(2026, 3, 2, 15, 30, 0, TimeSpan.Zero);

    public ManualTimeProvider Clock { get; } = new(Instant);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        configure?.Invoke(builder);
    }

    public async Task<PrometheusText> MetricsAsync() => PrometheusText.Parse(await CreateClient().GetStringAsync("/metrics"));
}
