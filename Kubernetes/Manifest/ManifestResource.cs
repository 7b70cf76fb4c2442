using System.Text.Json;

namespace Kubernetes.Manifest;

// One entry of Aspire's manifest ("resources": { name: { type, ... } }), with the fields this publisher reads.
// Field meanings follow Aspire's ManifestPublishingContext; unknown fields are ignored.
public sealed record ManifestResource(
    string Name,
    string Type,
    string? Image,
    string? Command,
    string? Entrypoint,
    string? ConnectionString,
    string? Value,
    IReadOnlyList<string> Args,
    IReadOnlyDictionary<string, string> Env,
    IReadOnlyDictionary<string, ManifestBinding> Bindings,
    int? Replicas,
    ManifestJob? Job,
    JsonElement Raw)
{
    public bool IsProject => Type.StartsWith("project.", StringComparison.Ordinal);
    public bool IsContainer => Type.StartsWith("container.", StringComparison.Ordinal);
    public bool IsExecutable => Type.StartsWith("executable.", StringComparison.Ordinal);
    public bool IsParameter => Type == "parameter.v0";

    // A batch job (the AppHost's PublishAsJob writes "job"): runs to completion, serves nothing.
    public bool IsJob => Job is not null;

    // Projects, containers and executables run as processes; parameters and values only feed expressions.
    public bool IsWorkload => IsProject || IsContainer || IsExecutable;
}

// A "bindings" entry: port is what callers use, targetPort what the process listens on; either may be absent.
public sealed record ManifestBinding(string Name, string Scheme, string Protocol, string Transport, int? Port, int? TargetPort, bool External);

// The "job" field PublishAsJob adds to a project's entry: how often the app model reruns it, if at all.
public sealed record ManifestJob(TimeSpan? RunInterval);
