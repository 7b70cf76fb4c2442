extern alias PredictorService;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TestSupport;
using PredictorProgram = PredictorService::Program;

namespace Api.Tests.Support;

// The real Predictor on a real loopback port (Kestrel), so the Api reaches it over HTTP through
// service discovery exactly as it does in production.
public sealed class PredictorHost(Action<IWebHostBuilder>? configure = null) : WebApplicationFactory<PredictorProgram>
{
    public int Port { get; } = FreePort.Next();
    public string Url => $"http://127.0.0.1:{Port}";

    public static PredictorHost Start(Action<IWebHostBuilder>? configure = null)
    {
        var host = new PredictorHost(configure);
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, host.Port));
        host.StartServer();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => configure?.Invoke(builder);

    public async Task<PrometheusText> MetricsAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(Url) };
        return PrometheusText.Parse(await http.GetStringAsync("/metrics"));
    }
}
