using Kubernetes.Manifest;
using Kubernetes.Tests.Support;

namespace Kubernetes.Tests.Manifest;

public class ParameterValuesTests
{
    private const string Generated = """
        { "resources": { "pw": { "type": "parameter.v0", "value": "{pw.inputs.value}",
          "inputs": { "value": { "type": "string", "secret": true, "default": { "generate": { "minLength": 22, "special": false } } } } } } }
        """;

    [Fact]
    public void ConfiguredValueWins()
    {
        var manifest = Manifests.Parse(Generated);
        var options = new PublishOptions { Parameters = { ["pw"] = "configured" } };
        Assert.Equal(new ResolvedValue("configured", true), new ParameterValues(options).Resolve(manifest["pw"]));
    }

    [Fact]
    public void GeneratedSecretIsLongRandomAndStableWithinOnePublish()
    {
        var manifest = Manifests.Parse(Generated);
        var first = new ParameterValues(new PublishOptions());
        var second = new ParameterValues(new PublishOptions());
        var value = first.Resolve(manifest["pw"]);
        Assert.True(value.Secret);
        Assert.True(value.Text.Length >= 22, value.Text);
        Assert.Matches("^[A-Za-z0-9]+$", value.Text);
        Assert.Equal(value, first.Resolve(manifest["pw"]));
        Assert.NotEqual(value.Text, second.Resolve(manifest["pw"]).Text);
    }

    [Fact]
    public void LiteralDefaultIsUsedAndNotSecret()
    {
        var manifest = Manifests.Parse("""
            { "resources": { "mode": { "type": "parameter.v0", "value": "{mode.inputs.value}",
              "inputs": { "value": { "type": "string", "default": { "value": "fast" } } } } } }
            """);
        Assert.Equal(new ResolvedValue("fast", false), new ParameterValues(new PublishOptions()).Resolve(manifest["mode"]));
    }

    [Fact]
    public void ParameterWithoutValueNamesTheOptionToSet()
    {
        var manifest = Manifests.Parse("""
            { "resources": { "token": { "type": "parameter.v0", "value": "{token.inputs.value}",
              "inputs": { "value": { "type": "string", "secret": true } } } } }
            """);
        var error = Assert.Throws<PublishException>(() => new ParameterValues(new PublishOptions()).Resolve(manifest["token"]));
        Assert.Contains("--Parameters:token=", error.Message);
    }
}
