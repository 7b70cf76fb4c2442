using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Tests.Support;
using Hosting.Dashboard.Model;
using TestSupport;

namespace Dashboard.Tests.Apis;

// A real Prometheus behind the proxy. Its one target is down on purpose: `up` is recorded either way.
public sealed class MetricsApiTests : IAsyncLifetime
{
    private PrometheusServer _prometheus = null!;
    private DashboardFixture _dashboard = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _prometheus = await PrometheusServer.StartAsync(
            $"  - job_name: api\n    static_configs:\n      - targets: ['127.0.0.1:{FreePort.Next()}']\n");
        _dashboard = await DashboardFixture.StartAsync(configure: o => o.GrafanaDashboardsPath = RepositoryPaths.CommunityDashboards);
        _dashboard.Backend.Links = new DashboardLinks(_prometheus.BaseAddress.ToString(), null, "no container runtime");
        _client = await _dashboard.LoggedInAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _dashboard.DisposeAsync();
        await _prometheus.DisposeAsync();
    }

    [Fact]
    public async Task QueryRangeIsAnsweredByPrometheusThroughTheDashboard()
    {
        var end = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 30;
        var path = $"/api/query_range?query={Uri.EscapeDataString("up{job=\"api\"}")}&start={end - 120}&end={end}&step=1";
        var body = await Eventually.ValueAsync(() => _client.GetFromJsonAsync<JsonElement>(path),
            b => b.GetProperty("data").GetProperty("result").GetArrayLength() > 0, TimeSpan.FromSeconds(30), "a scraped `up` series");
        Assert.Equal("matrix", body.GetProperty("data").GetProperty("resultType").GetString());
        var series = body.GetProperty("data").GetProperty("result")[0];
        Assert.Equal("api", series.GetProperty("metric").GetProperty("job").GetString());
        Assert.Equal("0", series.GetProperty("values")[0][1].GetString());
    }

    [Fact]
    public async Task AnInstantQueryIsProxiedToo()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/query?query=vector(42)");
        Assert.Equal("42", body.GetProperty("data").GetProperty("result")[0].GetProperty("value")[1].GetString());
    }

    [Theory]
    [InlineData("/api/query_range?query=rate(&start=0&end=10&step=1", "parse error")]
    [InlineData("/api/query_range?query=up&start=10&end=0&step=1", "end timestamp")]
    [InlineData("/api/query_range?start=0&end=10&step=1", "query")]
    [InlineData("/api/query?query=", "query")]
    public async Task ABadQueryIsA400ProblemSayingWhy(string path, string reason)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/grafana/dashboards/KdDACDp4z?range=abc")]
    [InlineData("/api/grafana/dashboards/KdDACDp4z?step=1e99")]
    public async Task MalformedDashboardParametersAreA400(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task WithoutPrometheusQueriesAnswer503()
    {
        _dashboard.Backend.Links = new DashboardLinks(null, null, "no container runtime");
        using var response = await _client.GetAsync("/api/query_range?query=up&start=0&end=10&step=1");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GrafanaDashboardsAreListedAndRenderedWithVariablesFromPrometheus()
    {
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/grafana/dashboards");
        Assert.Contains("KdDACDp4z", list.EnumerateArray().Select(d => d.GetProperty("uid").GetString()));

        var dashboard = await _client.GetFromJsonAsync<JsonElement>("/api/grafana/dashboards/KdDACDp4z?range=900&var-job=api&var-job=predictor");
        var job = dashboard.GetProperty("variables").EnumerateArray().Single(v => v.GetProperty("name").GetString() == "job");
        Assert.Equal(["api", "predictor"], job.GetProperty("selected").EnumerateArray().Select(v => v.GetString()));
        var expressions = dashboard.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.GetProperty("targets").EnumerateArray()).Select(t => t.GetProperty("expr").GetString()!).ToList();
        Assert.NotEmpty(expressions);
        Assert.Contains(expressions, e => e.Contains("job=~\"(api|predictor)\"", StringComparison.Ordinal));
        Assert.DoesNotContain(expressions, e => e.Contains("$job", StringComparison.Ordinal) || e.Contains("$__", StringComparison.Ordinal));
        using var missing = await _client.GetAsync("/api/grafana/dashboards/nope");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
