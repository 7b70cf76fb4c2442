using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TestSupport;

namespace ServiceDefaults.Tests.Support;

// A tiny real service: WebApplication + AddServiceDefaults on a free loopback port, configured in memory.
public sealed class TestApp : IAsyncDisposable
{
    private TestApp(WebApplication app, int port)
    {
        App = app;
        Port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public WebApplication App { get; }
    public int Port { get; }
    public HttpClient Http { get; }
    public IServiceProvider Services => App.Services;

    public static WebApplication Build(
        IDictionary<string, string?>? configuration = null,
        Action<WebApplicationBuilder>? configureServices = null,
        Action<WebApplication>? mapEndpoints = null,
        string environment = "Production",
        int? port = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ApplicationName = typeof(TestApp).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port ?? FreePort.Next()}");
        builder.Configuration.AddInMemoryCollection(configuration ?? new Dictionary<string, string?>());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddServiceDefaults();
        configureServices?.Invoke(builder);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        mapEndpoints?.Invoke(app);
        return app;
    }

    public static async Task<TestApp> StartAsync(
        IDictionary<string, string?>? configuration = null,
        Action<WebApplicationBuilder>? configureServices = null,
        Action<WebApplication>? mapEndpoints = null,
        string environment = "Production")
    {
        var port = FreePort.Next();
        var app = Build(configuration, configureServices, mapEndpoints, environment, port);
        await app.StartAsync();
        return new TestApp(app, port);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
