using k8s.Models;
using Kubernetes.Tests.Support;
using Kubernetes.Workloads;
using TestSupport;

namespace Kubernetes.Tests.Workloads;

// An executable (e.g. a redis-server the AppHost runs without a container runtime) becomes a container of a
// configured image, its command and args kept, secret arguments taken from the Secret.
public class ExecutableWorkloadTests
{
    private const string Manifest = """
        { "resources": {
          "kv": { "type": "executable.v0", "workingDirectory": ".", "command": "redis-server",
                  "args": [ "--port", "{kv.bindings.tcp.targetPort}", "--requirepass", "{kv-password.value}", "--save", "$(not-a-variable)" ],
                  "bindings": { "tcp": { "scheme": "tcp", "protocol": "tcp", "transport": "tcp", "targetPort": 6380 } } },
          "kv-password": { "type": "parameter.v0", "value": "{kv-password.inputs.value}",
                  "inputs": { "value": { "type": "string", "secret": true } } } } }
        """;

    private static (V1Container Container, V1Secret? Secret) Publish(Action<PublishOptions> configure)
    {
        using var directory = new TempDirectory();
        var path = directory.File("manifest.json");
        File.WriteAllText(path, Manifest);
        using var tree = new PublishedTree(path, o => { o.Parameters["kv-password"] = "s3cret"; configure(o); });
        return (tree.Read<V1Deployment>("kv/deployment.yaml").Spec.Template.Spec.Containers.Single(),
            File.Exists(Path.Combine(tree.Root, "kv/secret.yaml")) ? tree.Read<V1Secret>("kv/secret.yaml") : null);
    }

    [Fact]
    public void ExecutableRunsItsCommandInTheConfiguredImage()
    {
        var (container, _) = Publish(o => o.Images.Overrides["kv"] = "docker.io/library/redis:8.6");
        Assert.Equal("docker.io/library/redis:8.6", container.Image);
        Assert.Equal(["redis-server"], container.Command);
        Assert.Equal(6380, container.Ports.Single().ContainerPort);
        Assert.Equal("tcp", container.ReadinessProbe.TcpSocket.Port.Value);
    }

    [Fact]
    public void SecretArgumentIsExpandedFromTheSecretAndLiteralDollarsAreEscaped()
    {
        var (container, secret) = Publish(o => o.Images.Overrides["kv"] = "redis");
        Assert.Equal(["--port", "6380", "--requirepass", "$(ARG_3)", "--save", "$$(not-a-variable)"], container.Args);
        var reference = container.Env.Single(e => e.Name == "ARG_3").ValueFrom.SecretKeyRef;
        Assert.Equal("s3cret", secret!.StringData[reference.Key]);
        Assert.Equal(WorkloadEnvironment.SecretNameFor("kv"), reference.Name);
    }

    [Fact]
    public void ExecutableWithoutAnImageIsRefusedNamingTheOption()
    {
        var error = Assert.Throws<PublishException>(() => Publish(_ => { }));
        Assert.Contains("--Images:Overrides:kv=", error.Message);
    }
}
