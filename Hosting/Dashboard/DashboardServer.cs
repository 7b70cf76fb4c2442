using Hosting.Dashboard.Security;
using Microsoft.AspNetCore.Builder;

namespace Hosting.Dashboard;

/// <summary>Starts the dashboard with the AppHost and prints the login URL, as Aspire does.</summary>
public sealed class DashboardServer(IDashboardBackend backend, DashboardOptions options, TextWriter? console = null) : IDashboardServer
{
    private readonly DashboardToken _token = new(options.Token ?? Environment.GetEnvironmentVariable("DASHBOARD_TOKEN"));
    private WebApplication? _app;
    private Uri? _baseUrl;

    public Uri BaseUrl => _baseUrl ?? throw new InvalidOperationException("The dashboard has not started.");

    public Uri LoginUrl => new(BaseUrl, "/login?t=" + Uri.EscapeDataString(_token.Value));

    public string Token => _token.Value;

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        _app = DashboardWebApplication.Build(backend, options, _token);
        await _app.StartAsync(cancellationToken);
        var address = _app.Urls.First();
        _baseUrl = new Uri(address.Replace("[::1]", "localhost", StringComparison.Ordinal));
        (console ?? Console.Out).WriteLine($"Login to the dashboard at {LoginUrl}");
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_app is not null) await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null) return;
        await _app.DisposeAsync();
        _app = null;
    }
}
