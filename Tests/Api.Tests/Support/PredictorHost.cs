extern alias PredictorService;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TestSupport;
using PredictorProgram = PredictorService::Program;

namespace Api.Tests.Support;

// The real Predictor on a real loopback port (Kestrel), so the Api reaches it over HTTP through
// service discovery exactly as it does in production.
public sealed class PredictorHost : WebApplicationFactory<PredictorProgram>
{
    public int Port { get; } = FreePort.Next();
    public string Url => $"http://127.0.0.1:{Port}";

    public static PredictorHost Start()
    {
        var host = new PredictorHost();
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, host.Port));
        host.StartServer();
        return host;
    }

    public async Task<PrometheusText> MetricsAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(Url) };
        return PrometheusText.Parse(await http.GetStringAsync("/metrics"));
    }
}
