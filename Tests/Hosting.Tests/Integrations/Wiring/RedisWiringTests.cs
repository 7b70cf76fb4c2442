using Hosting.ApplicationModel;
using Hosting.Integrations.Containers;
using Hosting.Orchestration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TestSupport;

namespace Hosting.Tests.Integrations.Wiring;

public class RedisWiringTests
{
    [Fact]
    public void WithoutAContainerRuntimeRedisIsTheDebianExecutableInItsOwnDataDirectory()
    {
        using var model = new IntegrationModel(ContainerRuntimeMode.None);
        var cache = model.Builder.AddRedis("cache");
        IntegrationModel.Allocate(cache.Resource, "tcp", 6380);

        var spec = Assert.IsType<ProcessLaunchSpec>(model.Launch(cache.Resource));

        var password = cache.Resource.PasswordParameter.Value;
        var data = Path.Combine(model.RunDirectory, "cache", "data-0");
        Assert.Equal("redis-server", spec.FileName);
        Assert.Equal("redis-server", spec.DebianPackage);
        Assert.Equal(["--port", "6380", "--bind", "127.0.0.1", "--requirepass", password, "--save", "", "--appendonly", "no", "--dir", data], spec.Args);
        Assert.True(Directory.Exists(data));
    }

    [Fact]
    public void WithDockerRedisIsThePinnedImagePublishedOnLoopback()
    {
        using var model = new IntegrationModel(ContainerRuntimeMode.Docker);
        var cache = model.Builder.AddRedis("cache");
        IntegrationModel.Allocate(cache.Resource, "tcp", 6380);

        var spec = Assert.IsType<ContainerLaunchSpec>(model.Launch(cache.Resource));

        Assert.Equal(
            $"docker run -d --name cache-0-run1 -p 127.0.0.1:6380:6379 --add-host=host.docker.internal:host-gateway " +
            $"redis:7.4.2 redis-server --requirepass {cache.Resource.PasswordParameter.Value} --save  --appendonly no",
            $"{spec.Runtime} {string.Join(' ', ContainerCommandLine.Run(spec))}");
    }

    [Fact]
    public async Task AReferencingProjectGetsTheConnectionStringAndItIsMaskedAsSecret()
    {
        using var model = new IntegrationModel(ContainerRuntimeMode.None);
        var cache = model.Builder.AddRedis("cache");
        var api = model.Builder.AddProject("api", FakeProject.Named("Api")).WithReference(cache);
        IntegrationModel.Allocate(cache.Resource, "tcp", 6380);
        IntegrationModel.Allocate(api.Resource, "http", 8000);

        var environment = await model.EnvironmentOfAsync(api.Resource);

        Assert.Equal($"127.0.0.1:6380,password={cache.Resource.PasswordParameter.Value}", environment["ConnectionStrings__cache"]);
        Assert.Contains(api.Resource.Annotations.OfType<SecretEnvironmentAnnotation>(), a => a.VariableName == "ConnectionStrings__cache");
        Assert.True(cache.Resource.PasswordParameter.Secret);
    }

    [Fact]
    public void EveryRunHasItsOwnPasswordUnlessOneIsConfigured()
    {
        using var first = new IntegrationModel(ContainerRuntimeMode.None);
        using var second = new IntegrationModel(ContainerRuntimeMode.None);
        using var configured = new IntegrationModel(ContainerRuntimeMode.None, new() { ["Parameters:cache-password"] = "fixed-pw" });

        var a = first.Builder.AddRedis("cache").Resource.PasswordParameter.Value;
        var b = second.Builder.AddRedis("cache").Resource.PasswordParameter.Value;

        Assert.NotEqual(a, b);
        Assert.Equal(24, a.Length);
        Assert.Equal("fixed-pw", configured.Builder.AddRedis("cache").Resource.PasswordParameter.Value);
    }

    [Fact]
    public async Task RealRedisFromTheLaunchSpecBecomesHealthyWithTheResourcesProbe()
    {
        using var model = new IntegrationModel(ContainerRuntimeMode.None);
        var cache = model.Builder.AddRedis("cache");
        IntegrationModel.Allocate(cache.Resource, "tcp", FreePort.Next());
        var spec = Assert.IsType<ProcessLaunchSpec>(model.Launch(cache.Resource));
        var probe = cache.Resource.Annotations.OfType<HealthProbeAnnotation>().Single();
        using var http = new HttpClient();
        var context = IntegrationModel.ProbeContext(cache.Resource, http);
        Assert.Equal(HealthStatus.Unhealthy, (await probe.Probe(context, CancellationToken.None)).Status);

        await using var redis = ExternalProcess.Start(Tool.Find(spec.FileName, spec.DebianPackage!), spec.Args, spec.WorkingDirectory);

        var result = await Eventually.ValueAsync(() => probe.Probe(context, CancellationToken.None),
            r => r.Status == HealthStatus.Healthy, TimeSpan.FromSeconds(10), "redis probe healthy");
        Assert.Equal($"AUTH+PING on 127.0.0.1:{context.Endpoint("tcp").Port} -> PONG", result.Description);
    }
}
