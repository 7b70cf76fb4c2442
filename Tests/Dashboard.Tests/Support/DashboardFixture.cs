using System.Net;
using Hosting.Dashboard;

namespace Dashboard.Tests.Support;

// A real dashboard server (Kestrel on a free loopback port) over an in-memory backend.
public sealed class DashboardFixture : IAsyncDisposable
{
    private DashboardFixture(DashboardServer server, InMemoryBackend backend, StringWriter console)
    {
        Server = server;
        Backend = backend;
        Console = console;
    }

    public DashboardServer Server { get; }
    public InMemoryBackend Backend { get; }
    public StringWriter Console { get; }

    public static async Task<DashboardFixture> StartAsync(InMemoryBackend? backend = null, Action<DashboardOptions>? configure = null)
    {
        backend ??= new InMemoryBackend();
        var options = new DashboardOptions { Port = 0, GrafanaDashboardsPath = Path.Combine(Path.GetTempPath(), "no-dashboards-here") };
        configure?.Invoke(options);
        var console = new StringWriter();
        var server = new DashboardServer(backend, options, console);
        await server.StartAsync();
        return new DashboardFixture(server, backend, console);
    }

    // A client that does not follow redirects, so tests see the 302s.
    public HttpClient Anonymous() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        BaseAddress = Server.BaseUrl,
        Timeout = TimeSpan.FromSeconds(20),
    };

    // Logged in through the printed URL, like a person would; the cookie jar keeps the session.
    public async Task<HttpClient> LoggedInAsync()
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() })
        {
            BaseAddress = Server.BaseUrl,
            Timeout = TimeSpan.FromSeconds(20),
        };
        using var response = await client.GetAsync(Server.LoginUrl);
        response.EnsureSuccessStatusCode();
        return client;
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
