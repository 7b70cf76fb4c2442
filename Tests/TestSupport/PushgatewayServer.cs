using System.Net.Http.Json;
using System.Text.Json;

namespace TestSupport;

// A real Pushgateway (Debian's prometheus-pushgateway, 1.x) on a random loopback port, persisting to a temp file.
public sealed class PushgatewayServer : IAsyncDisposable
{
    private readonly TempDirectory _dir = new();
    private ExternalProcess? _process;

    public int Port { get; private set; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(10) };
    public string Output => _process?.Output ?? "";

    // What a Prometheus scrape job for it looks like: honor_labels keeps the pushed job/instance labels.
    public string ScrapeConfigYaml(string jobName = "pushgateway") =>
        $"  - job_name: {jobName}\n    honor_labels: true\n    static_configs:\n      - targets: ['127.0.0.1:{Port}']\n";

    public static async Task<PushgatewayServer> StartAsync()
    {
        var server = new PushgatewayServer { Port = FreePort.Next() };
        server._process = ExternalProcess.Start(Tool.Find("prometheus-pushgateway", "prometheus-pushgateway"),
            [$"--web.listen-address=127.0.0.1:{server.Port}", $"--persistence.file={server._dir.File("pushgateway.db")}"]);
        server.Http.BaseAddress = server.BaseAddress;
        await Eventually.TrueAsync(async () => (await server.Http.GetAsync("-/ready")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(20), "pushgateway /-/ready");
        return server;
    }

    // Every group the Pushgateway holds (its /api/v1/metrics): the grouping key and the metric names in it.
    public async Task<IReadOnlyList<PushgatewayGroup>> GroupsAsync()
    {
        var response = await Http.GetFromJsonAsync<JsonElement>("api/v1/metrics");
        return [.. response.GetProperty("data").EnumerateArray().Select(group => new PushgatewayGroup(
            group.GetProperty("labels").EnumerateObject().ToDictionary(l => l.Name, l => l.Value.GetString() ?? ""),
            group.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object && p.Name != "labels").Select(p => p.Name).ToHashSet()))];
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null) await _process.DisposeAsync();
        Http.Dispose();
        _dir.Dispose();
    }
}

// A group's labels (its grouping key) and the metric families it holds, the Pushgateway's own
// push_time_seconds and push_failure_time_seconds included.
public sealed record PushgatewayGroup(IReadOnlyDictionary<string, string> Labels, IReadOnlySet<string> Metrics);
