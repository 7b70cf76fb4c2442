using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TestSupport;

namespace ServiceDefaults.Tests.Support;

// A plain Kestrel server on a free loopback port (no service defaults): the thing a client calls.
public sealed class Backend : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private Backend(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}";
    public int Requests => Volatile.Read(ref _requests);

    // handler gets the 1-based number of the request.
    public static async Task<Backend> StartAsync(Func<HttpContext, int, Task> handler)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var backend = new Backend(app, port);
        app.Run(context => handler(context, Interlocked.Increment(ref backend._requests)));
        await app.StartAsync();
        return backend;
    }

    public static Task<Backend> RespondingAsync(string body) =>
        StartAsync((context, _) => context.Response.WriteAsync(body));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
