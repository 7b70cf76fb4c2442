using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace ServiceDefaults.Tests.Telemetry;

public sealed class ServiceIdentityTests
{
    private sealed class Host : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";
        public string ApplicationName { get; set; } = "Api";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private static ServiceIdentity Resolve(params (string Key, string Value)[] settings) =>
        ServiceIdentity.Resolve(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build(), new Host());

    [Fact]
    public void OtelServiceNameWinsOverTheResourceAttributeAndTheApplicationName()
    {
        var identity = Resolve(("OTEL_SERVICE_NAME", "predictor"), ("OTEL_RESOURCE_ATTRIBUTES", "service.name=other"));
        Assert.Equal("predictor", identity.Name);
    }

    [Fact]
    public void ResourceAttributesAreSplitTrimmedAndPercentDecoded()
    {
        var identity = Resolve(("OTEL_RESOURCE_ATTRIBUTES",
            " service.instance.id = predictor-1 ,service.version=2.0%2Bbeta, deployment.environment=blue%20green"));

        Assert.Equal(new ServiceIdentity("Api", "2.0+beta", "predictor-1", "blue green"), identity);
    }

    [Fact]
    public void HostSuppliesNameAndEnvironmentWhenNothingIsConfigured()
    {
        var identity = Resolve();

        Assert.Equal("Api", identity.Name);
        Assert.Equal("Development", identity.Environment);
        Assert.True(Guid.TryParse(identity.InstanceId, out _));
        Assert.DoesNotContain('+', identity.Version);
    }

    [Fact]
    public void MalformedAttributePairsAreIgnored()
    {
        var attributes = ServiceIdentity.ParseResourceAttributes("novalue,=x,service.instance.id=a=b,,");

        Assert.Equal(new Dictionary<string, string> { ["service.instance.id"] = "a=b" }, attributes);
    }
}
