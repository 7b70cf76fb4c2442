using System.Net.Http.Json;
using System.Text.Json;

namespace TestSupport;

// A real Prometheus (Debian package, 2.x) on a random loopback port, with a temp config and data dir.
public sealed class PrometheusServer : IAsyncDisposable
{
    private readonly TempDirectory _dir = new();
    private ExternalProcess? _process;

    public int Port { get; private set; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(10) };
    public string Output => _process?.Output ?? "";

    // scrapeConfigsYaml is the body under `scrape_configs:` (already indented by two spaces); features are
    // Prometheus' --enable-feature flags (e.g. "exemplar-storage").
    public static async Task<PrometheusServer> StartAsync(string scrapeConfigsYaml, string scrapeInterval = "1s", params string[] features)
    {
        var server = new PrometheusServer();
        await server.StartCoreAsync(scrapeConfigsYaml, scrapeInterval, features);
        return server;
    }

    private async Task StartCoreAsync(string scrapeConfigsYaml, string scrapeInterval, string[] features)
    {
        Port = FreePort.Next();
        var config = _dir.File("prometheus.yml");
        await File.WriteAllTextAsync(config,
            $"global:\n  scrape_interval: {scrapeInterval}\n  evaluation_interval: {scrapeInterval}\nscrape_configs:\n{scrapeConfigsYaml}");
        Directory.CreateDirectory(_dir.File("data"));
        _process = ExternalProcess.Start(Tool.Find("prometheus", "prometheus"),
        [
            $"--config.file={config}", $"--storage.tsdb.path={_dir.File("data")}",
            $"--web.listen-address=127.0.0.1:{Port}", "--web.enable-lifecycle",
            .. features.Select(f => $"--enable-feature={f}"),
        ]);
        Http.BaseAddress = BaseAddress;
        await Eventually.TrueAsync(async () => (await Http.GetAsync("-/ready")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(20), "prometheus /-/ready");
    }

    // Instant query; returns the "result" array of the response.
    public async Task<JsonElement> QueryAsync(string promql)
    {
        var response = await Http.GetFromJsonAsync<JsonElement>($"api/v1/query?query={Uri.EscapeDataString(promql)}");
        if (response.GetProperty("status").GetString() != "success")
            throw new InvalidOperationException($"query failed: {promql}: {response}");
        return response.GetProperty("data").GetProperty("result");
    }

    // /api/v1/query_exemplars over the last hour: one element per series, each with its "exemplars" array.
    public async Task<JsonElement> ExemplarsAsync(string promql)
    {
        var end = DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds();
        var response = await Http.GetFromJsonAsync<JsonElement>(
            $"api/v1/query_exemplars?query={Uri.EscapeDataString(promql)}&start={end - 3600}&end={end}");
        if (response.GetProperty("status").GetString() != "success")
            throw new InvalidOperationException($"exemplar query failed: {promql}: {response}");
        return response.GetProperty("data");
    }

    // The first sample's value, or null when the result is empty.
    public async Task<double?> ScalarAsync(string promql)
    {
        var result = await QueryAsync(promql);
        if (result.GetArrayLength() == 0) return null;
        var value = result[0].GetProperty("value")[1].GetString()!;
        return double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    // Waits until the expression returns exactly the expected value (scrapes are asynchronous).
    public Task<double?> WaitForValueAsync(string promql, double expected, TimeSpan? timeout = null) =>
        Eventually.ValueAsync(() => ScalarAsync(promql), v => v == expected, timeout ?? TimeSpan.FromSeconds(30),
            $"`{promql}` == {expected}");

    public async ValueTask DisposeAsync()
    {
        if (_process is not null) await _process.DisposeAsync();
        Http.Dispose();
        _dir.Dispose();
    }
}
