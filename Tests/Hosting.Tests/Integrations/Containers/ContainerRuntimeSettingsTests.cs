using Hosting.Integrations.Containers;
using Microsoft.Extensions.Configuration;

namespace Hosting.Tests.Integrations.Containers;

public class ContainerRuntimeSettingsTests
{
    [Theory]
    [InlineData(null, ContainerRuntimeMode.Auto)]
    [InlineData("", ContainerRuntimeMode.Auto)]
    [InlineData("auto", ContainerRuntimeMode.Auto)]
    [InlineData("Docker", ContainerRuntimeMode.Docker)]
    [InlineData(" PODMAN ", ContainerRuntimeMode.Podman)]
    [InlineData("none", ContainerRuntimeMode.None)]
    public void ModeIsReadCaseInsensitively(string? value, ContainerRuntimeMode expected) =>
        Assert.Equal(expected, ContainerRuntimeSettings.ParseMode(value));

    [Fact]
    public void UnknownModeNamesTheAllowedValues()
    {
        var error = Assert.Throws<DistributedApplicationException>(() => ContainerRuntimeSettings.ParseMode("kubernetes"));
        Assert.Contains("'kubernetes' is not one of auto, docker, podman, none", error.Message);
    }

    [Theory]
    [InlineData("Hosting:ContainerRuntime", "none", ContainerRuntimeMode.None)]
    [InlineData("AppHost:ContainerRuntime", "podman", ContainerRuntimeMode.Podman)]
    public void ModeComesFromConfiguration(string key, string value, ContainerRuntimeMode expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();
        Assert.Equal(expected, ContainerRuntimeSettings.ReadMode(configuration));
    }
}
