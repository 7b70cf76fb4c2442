using Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hosting;

public interface IDistributedApplicationBuilder
{
    ConfigurationManager Configuration { get; }
    IServiceCollection Services { get; }
    IHostEnvironment Environment { get; }
    // The AppHost project directory: relative project paths resolve against it.
    string AppHostDirectory { get; }
    IReadOnlyList<IResource> Resources { get; }

    IResourceBuilder<T> AddResource<T>(T resource) where T : IResource;
    IResourceBuilder<T> CreateResourceBuilder<T>(T resource) where T : IResource;
    DistributedApplication Build();
}
