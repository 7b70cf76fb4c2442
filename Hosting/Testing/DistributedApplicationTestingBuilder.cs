using Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hosting.Testing;

// The counterpart of Aspire.Hosting.Testing: runs the AppHost's real Program up to Build(), so tests get
// exactly the AppHost's model, but with a free port for every endpoint (fixed ones included), a
// per-test run directory, and no console noise. Tests may change the model before BuildAsync().
public sealed class DistributedApplicationTestingBuilder : IDistributedApplicationBuilder
{
    private readonly DistributedApplicationBuilder _inner;
    private readonly string _runDirectory;

    private DistributedApplicationTestingBuilder(DistributedApplicationBuilder inner, string runDirectory)
    {
        _inner = inner;
        _runDirectory = runDirectory;
    }

    // TEntryPoint: any type of the AppHost assembly (its Program).
    public static async Task<DistributedApplicationTestingBuilder> CreateAsync<TEntryPoint>(string[]? args = null)
        where TEntryPoint : class
    {
        var assembly = typeof(TEntryPoint).Assembly;
        var entryPoint = assembly.EntryPoint ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no entry point.");
        var runDirectory = Directory.CreateTempSubdirectory("apphost-test-").FullName;
        var interception = new DistributedApplicationTestingHook.Interception(
            ["--Hosting:RandomizePorts=true", $"--Hosting:RunDirectory={runDirectory}", "--Hosting:ConsoleOutput=false", .. args ?? []],
            AppHostLocation.Of(assembly));
        using (DistributedApplicationTestingHook.Begin(interception))
        {
            try
            {
                var result = entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? [] : [Array.Empty<string>()]);
                if (result is Task task) await task;
            }
            catch (Exception e) when (e is DistributedApplicationTestingHook.BuildInterceptedException
                                      || e.InnerException is DistributedApplicationTestingHook.BuildInterceptedException)
            {
                // Expected: the Program stopped at Build().
            }
        }
        var builder = interception.Builder
            ?? throw new InvalidOperationException($"{assembly.GetName().Name}'s Program never called DistributedApplication.CreateBuilder.");
        return new DistributedApplicationTestingBuilder(builder, runDirectory);
    }

    public string RunDirectory => _runDirectory;
    public ConfigurationManager Configuration => _inner.Configuration;
    public IServiceCollection Services => _inner.Services;
    public IHostEnvironment Environment => _inner.Environment;
    public string AppHostDirectory => _inner.AppHostDirectory;
    public IReadOnlyList<IResource> Resources => _inner.Resources;

    public IResourceBuilder<T> AddResource<T>(T resource) where T : IResource => _inner.AddResource(resource);
    public IResourceBuilder<T> CreateResourceBuilder<T>(T resource) where T : IResource => _inner.CreateResourceBuilder(resource);

    // The builder for an existing resource of the AppHost's model, to adjust it (environment, replicas...).
    public IResourceBuilder<T> Resource<T>(string name) where T : IResource =>
        _inner.CreateResourceBuilder((T)_inner.Resources.First(r => r.Name == name));

    public DistributedApplication Build()
    {
        _inner.InterceptBuild = false;
        // Created by the container (a factory, not an instance) so the container owns and disposes it;
        // as a lifecycle hook it is resolved with the orchestrator even if nothing else asks for it.
        _inner.Services.AddSingleton<IDistributedApplicationLifecycleHook>(_ => new RunDirectoryCleanup(_runDirectory));
        return _inner.Build();
    }

    public Task<DistributedApplication> BuildAsync() => Task.FromResult(Build());

    // Disposed with the app's service provider: the test's run directory goes away with the app.
    private sealed class RunDirectoryCleanup(string directory) : IDistributedApplicationLifecycleHook, IDisposable
    {
        public void Dispose()
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
