using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Predictor.Model;
using TestSupport;

namespace Predictor.Tests.Support;

// The Predictor in-process with a clock that stands still, so predictions are reproducible.
public sealed class PredictorFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Instant = new(2026, 3, 2, 15, 30, 0, TimeSpan.Zero);

    public ManualTimeProvider Clock { get; } = new(Instant);

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));

    public async Task<Prediction> PredictAsync(string ticker, string? model = null)
    {
        var url = model is null ? $"/predict/{ticker}" : $"/predict/{ticker}?model={model}";
        using var response = await CreateClient().GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Prediction>(JsonSerializerOptions.Web))!;
    }

    public async Task<PrometheusText> MetricsAsync() =>
        PrometheusText.Parse(await CreateClient().GetStringAsync("/metrics"));
}
