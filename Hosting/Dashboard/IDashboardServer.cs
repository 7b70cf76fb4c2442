namespace Hosting.Dashboard;

/// <summary>The dashboard web server hosted inside the AppHost process.</summary>
public interface IDashboardServer : IAsyncDisposable
{
    /// <summary>http://127.0.0.1:PORT once started.</summary>
    Uri BaseUrl { get; }

    /// <summary>BaseUrl + /login?t=TOKEN: the URL printed on the console.</summary>
    Uri LoginUrl { get; }

    string Token { get; }

    Task StartAsync(CancellationToken cancellationToken = default);

    Task StopAsync(CancellationToken cancellationToken = default);
}
