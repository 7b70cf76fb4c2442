using k8s.Models;
using Kubernetes.Manifest;

namespace Kubernetes.Workloads;

// The environment and arguments of one workload, as Aspire would inject them, split into what the pod spec may
// show and what belongs in the workload's Secret (anything derived from a secret parameter).
public sealed class WorkloadEnvironment
{
    public const string PodNameVariable = "POD_NAME";

    public List<V1EnvVar> Variables { get; } = [];
    public List<string> Args { get; } = [];
    public SortedDictionary<string, string> SecretData { get; } = new(StringComparer.Ordinal);
    public string SecretName { get; }

    private WorkloadEnvironment(string secretName) => SecretName = secretName;

    public static string SecretNameFor(string resource) => $"{resource}-secrets";

    public static WorkloadEnvironment Build(ManifestResource resource, ExpressionResolver resolver, PublishOptions options)
    {
        var environment = new WorkloadEnvironment(SecretNameFor(resource.Name));
        if (resource.IsProject) environment.AddIdentity(resource, options);
        foreach (var (name, expression) in resource.Env)
            environment.Add(name, resolver.Resolve(expression));
        for (var i = 0; i < resource.Args.Count; i++)
            environment.AddArg(i, resolver.Resolve(resource.Args[i]));
        return environment;
    }

    // What Aspire injects into every project at run time (the manifest leaves it out): the service name, and the
    // instance id per replica, here the pod's name from the downward API.
    private void AddIdentity(ManifestResource resource, PublishOptions options)
    {
        Variables.Add(new V1EnvVar { Name = PodNameVariable, ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "metadata.name" } } });
        Variables.Add(Plain("OTEL_SERVICE_NAME", resource.Name));
        Variables.Add(Plain("OTEL_RESOURCE_ATTRIBUTES", $"service.instance.id=$({PodNameVariable})"));
        if (options.OtlpEndpoint.Length > 0)
        {
            Variables.Add(Plain("OTEL_EXPORTER_OTLP_ENDPOINT", options.OtlpEndpoint));
            Variables.Add(Plain("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"));
        }
    }

    private void Add(string name, ResolvedValue value)
    {
        Variables.RemoveAll(v => v.Name == name);
        if (!value.Secret)
        {
            Variables.Add(Plain(name, Literal(value.Text)));
            return;
        }
        SecretData[name] = value.Text;
        Variables.Add(new V1EnvVar { Name = name, ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = SecretName, Key = name } } });
    }

    private static V1EnvVar Plain(string name, string value) => new() { Name = name, Value = value };

    // Kubernetes expands $(NAME) in env values and args; a literal "$(" from the model is escaped as "$$(".
    private static string Literal(string text) => text.Replace("$(", "$$(", StringComparison.Ordinal);

    // A secret argument comes from the Secret through a variable that Kubernetes expands in args as $(NAME).
    private void AddArg(int index, ResolvedValue value)
    {
        if (!value.Secret)
        {
            Args.Add(Literal(value.Text));
            return;
        }
        var name = $"ARG_{index}";
        Add(name, value);
        Args.Add($"$({name})");
    }
}
