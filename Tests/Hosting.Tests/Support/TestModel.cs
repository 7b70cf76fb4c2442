using Hosting.ApplicationModel;
using Hosting.Orchestration;
using Microsoft.Extensions.Configuration;

namespace Hosting.Tests.Support;

// A builder plus the planner inputs, for tests that plan a model without starting it.
public sealed class TestModel : IDisposable
{
    private readonly TestSupport.TempDirectory _dir = new();

    public TestModel(params string[] args) => Builder = new DistributedApplicationBuilder(args, _dir.Path);

    public DistributedApplicationBuilder Builder { get; }
    public string Directory => _dir.Path;

    // A project whose "dll" exists (it is never run by planner tests).
    public IProjectMetadata Project(string name, bool built = true)
    {
        var dll = _dir.File($"{name}.dll");
        if (built) File.WriteAllText(dll, "");
        return new Metadata(_dir.File($"{name}/{name}.csproj"), dll);
    }

    public HostingOptions Options
    {
        get
        {
            var options = new HostingOptions { RunDirectory = _dir.File("run") };
            Builder.Configuration.GetSection(HostingOptions.Section).Bind(options);
            options.RunDirectory = _dir.File("run");
            return options;
        }
    }

    public DistributedApplicationModel Model => new([.. Builder.Resources]);

    public ApplicationPlan Plan() => new ApplicationPlanner(Builder.Configuration, Options).Plan(Model);

    public async Task<LaunchSpec> SpecAsync(string instanceId)
    {
        var plan = Plan();
        return await new LaunchSpecFactory(Builder.Configuration, plan).CreateAsync(plan.Replicas.Single(r => r.InstanceId == instanceId), CancellationToken.None);
    }

    public void Dispose() => _dir.Dispose();

    private sealed record Metadata(string ProjectPath, string DllPath) : IProjectMetadata;
}
