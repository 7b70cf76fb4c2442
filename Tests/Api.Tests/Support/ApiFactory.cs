using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Api.Tests.Support;

// The Api in-process with the given configuration and a clock that stands still (stable cache buckets).
public sealed class ApiFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Instant = new(2026, 3, 2, 15, 30, 0, TimeSpan.Zero);

    public ManualTimeProvider Clock { get; } = new(Instant);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public async Task<PrometheusText> MetricsAsync() => PrometheusText.Parse(await CreateClient().GetStringAsync("/metrics"));
}
