using Hosting.ApplicationModel;
using Hosting.Tests.Support;

namespace Hosting.Tests.Orchestration;

public sealed class LaunchSpecFactoryTests
{
    [Fact]
    public async Task ProjectReplicaGetsAspiresEnvironmentWithExactKeysAndValues()
    {
        using var model = new TestModel();
        var cache = model.Builder.AddResource(new FakeConnectionStringResource("cache", "127.0.0.1:6379,password=s3cret"));
        var predictor = model.Builder.AddProject("predictor", model.Project("predictor")).WithReplicas(2);
        model.Builder.AddProject("api", model.Project("api")).WithReference(cache).WithReference(predictor);

        var spec = (ProcessLaunchSpec)await model.SpecAsync("api-0");
        var p0 = predictor.GetEndpoint().Replicas[0];
        var p1 = predictor.GetEndpoint().Replicas[1];
        var api = model.Builder.Resources.Single(r => r.Name == "api").Annotations.OfType<EndpointAnnotation>().Single().Allocated[0];

        Assert.Equal($"http://127.0.0.1:{api.Port}", spec.Environment["ASPNETCORE_URLS"]);
        Assert.Equal("Development", spec.Environment["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("Development", spec.Environment["DOTNET_ENVIRONMENT"]);
        Assert.Equal("api", spec.Environment["OTEL_SERVICE_NAME"]);
        Assert.Equal("service.instance.id=api-0", spec.Environment["OTEL_RESOURCE_ATTRIBUTES"]);
        Assert.Equal($"http://127.0.0.1:{p0.Port}", spec.Environment["services__predictor__http__0"]);
        Assert.Equal($"http://127.0.0.1:{p1.Port}", spec.Environment["services__predictor__http__1"]);
        Assert.Equal("127.0.0.1:6379,password=s3cret", spec.Environment["ConnectionStrings__cache"]);
        Assert.DoesNotContain(spec.Environment.Keys, k => k.StartsWith("services__api", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EachReplicaListensOnItsOwnPortAndCarriesItsOwnInstanceId()
    {
        using var model = new TestModel();
        var predictor = model.Builder.AddProject("predictor", model.Project("predictor")).WithReplicas(2);

        var second = await model.SpecAsync("predictor-1");

        Assert.Equal(predictor.GetEndpoint().Replicas[1].Url, second.Environment["ASPNETCORE_URLS"]);
        Assert.Equal("service.instance.id=predictor-1", second.Environment["OTEL_RESOURCE_ATTRIBUTES"]);
        Assert.Equal("predictor", second.Environment["OTEL_SERVICE_NAME"]);
    }

    [Fact]
    public async Task ProjectRunsItsBuiltDllWithDotnetNotDotnetRun()
    {
        using var model = new TestModel();
        var metadata = model.Project("api");
        model.Builder.AddProject("api", metadata).WithArgs("--flag");

        var spec = (ProcessLaunchSpec)await model.SpecAsync("api-0");

        Assert.Equal("dotnet", Path.GetFileName(spec.FileName));
        Assert.Equal([metadata.DllPath, "--flag"], spec.Args);
    }

    [Fact]
    public async Task ProjectWhoseDllIsNotBuiltSaysHowToBuildIt()
    {
        using var model = new TestModel();
        var metadata = model.Project("api", built: false);
        model.Builder.AddProject("api", metadata);

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => model.SpecAsync("api-0"));

        Assert.Equal($"project 'api' is not built: '{metadata.DllPath}' does not exist. Build it first: `dotnet build {metadata.ProjectPath}` " +
                     "(or build the AppHost, which builds every project it references, with the same -c and --artifacts-path).", error.Message);
    }

    [Fact]
    public async Task MissingExecutableNamesTheDebianPackageToInstall()
    {
        using var model = new TestModel();
        model.Builder.AddResource(new ExecutableResource("cache", "no-such-redis-server", model.Directory) { DebianPackage = "redis-server" });

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => model.SpecAsync("cache-0"));

        Assert.Equal("'cache' cannot start: executable 'no-such-redis-server' was not found on PATH; " +
                     "install the Debian package 'redis-server' (sudo apt-get install redis-server).", error.Message);
    }

    [Fact]
    public async Task EndpointEnvironmentVariableCarriesTheAllocatedPort()
    {
        using var model = new TestModel();
        var tool = model.Builder.AddExecutable("tool", "sleep", ".").WithEndpoint("tcp", env: "PORT");

        var spec = await model.SpecAsync("tool-0");

        Assert.Equal(tool.GetEndpoint("tcp").Port.ToString(System.Globalization.CultureInfo.InvariantCulture), spec.Environment["PORT"]);
    }

    [Fact]
    public async Task SecretParameterReachesTheEnvironmentUnmasked()
    {
        using var model = new TestModel();
        var password = model.Builder.AddPassword("cache-password");
        model.Builder.AddExecutable("tool", "sleep", ".").WithEnvironment("PASSWORD", password);

        var spec = await model.SpecAsync("tool-0");

        Assert.Equal(password.Resource.Value, spec.Environment["PASSWORD"]);
        Assert.Equal(24, password.Resource.Value.Length);
        Assert.Matches("^[a-zA-Z0-9]+$", password.Resource.Value);
    }

    private sealed class FakeConnectionStringResource(string name, string connectionString) : Resource(name), IResourceWithConnectionString
    {
        public ValueTask<string> GetConnectionStringAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(connectionString);
    }
}
