using System.Reflection;
using Hosting.ApplicationModel;
using Hosting.Orchestration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hosting;

public sealed class DistributedApplicationBuilder : IDistributedApplicationBuilder
{
    private readonly HostApplicationBuilder _host;
    private readonly List<IResource> _resources = [];

    public DistributedApplicationBuilder(string[] args, string? appHostDirectory = null)
    {
        AppHostDirectory = appHostDirectory ?? AppHostLocation.Directory;
        _host = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = Directory.Exists(AppHostDirectory) ? AppHostDirectory : AppContext.BaseDirectory,
            ApplicationName = Assembly.GetEntryAssembly()?.GetName().Name,
        });
        _host.Logging.AddFilter("Microsoft", LogLevel.Warning);
        // A failed start is explained in one line by the orchestrator; the host's stack trace adds nothing.
        _host.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
    }

    public ConfigurationManager Configuration => _host.Configuration;
    public IServiceCollection Services => _host.Services;
    public IHostEnvironment Environment => _host.Environment;
    public string AppHostDirectory { get; }
    public IReadOnlyList<IResource> Resources => _resources;

    // Set while the testing builder runs the AppHost's Program; the test builds the app itself.
    internal bool InterceptBuild { get; set; }

    public IResourceBuilder<T> AddResource<T>(T resource) where T : IResource
    {
        if (_resources.Any(r => string.Equals(r.Name, resource.Name, StringComparison.OrdinalIgnoreCase)))
            throw new DistributedApplicationException($"A resource named '{resource.Name}' already exists; resource names must be unique.");
        _resources.Add(resource);
        return CreateResourceBuilder(resource);
    }

    public IResourceBuilder<T> CreateResourceBuilder<T>(T resource) where T : IResource => new ResourceBuilder<T>(this, resource);

    public DistributedApplication Build()
    {
        DistributedApplicationTestingHook.OnBuilding(this);
        this.AddDashboard();
        var options = new HostingOptions();
        Configuration.GetSection(HostingOptions.Section).Bind(options);
        Services.AddSingleton(options);
        Services.TryAddSingleton(TimeProvider.System);
        Services.AddSingleton(new DistributedApplicationModel(_resources.ToArray()));
        Services.AddSingleton<ResourceNotificationService>();
        Services.AddSingleton(sp => new ResourceLoggerService(options.LogLinesPerResource, sp.GetRequiredService<TimeProvider>()));
        Services.AddSingleton<IResourceRunner, ResourceRunner>();
        Services.AddSingleton<Orchestrator>();
        Services.AddSingleton<ResourceCommandService>();
        Services.AddHostedService(sp => sp.GetRequiredService<Orchestrator>());
        Services.AddSingleton<IHostLifetime, ShutdownSignalLifetime>();
        Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.StopTimeout * 4 + TimeSpan.FromSeconds(10));
        return new DistributedApplication(_host.Build());
    }
}
