using System.Text.Json;
using TestSupport;

namespace Kubernetes.Tests.Support;

// Runs SchemaValidation/validate.mjs (npm's kubernetes-models and @kubernetes-models/prometheus-operator) over
// YAML files: one result per document, validated against the published OpenAPI/CRD schema of its kind.
public static class SchemaValidator
{
    public sealed record Result(string File, string? Kind, string? Name, bool Valid, string? Error);

    public static async Task<IReadOnlyList<Result>> ValidateAsync(IEnumerable<string> files)
    {
        var script = RepositoryRoot.Combine("Tests", "Kubernetes.Tests", "SchemaValidation", "validate.mjs");
        var run = await ToolRun.RunAsync(Tool.Find("node", "nodejs"), [script, .. files], Path.GetDirectoryName(script)!);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var results = lines.Select(l => JsonSerializer.Deserialize<Result>(l, Json)!).ToList();
        var error = run.Stderr;
        if (run.ExitCode is not (0 or 1) || error.Length > 0)
            throw new InvalidOperationException($"validate.mjs failed (exit {run.ExitCode}): {error}");
        return results;
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };
}
