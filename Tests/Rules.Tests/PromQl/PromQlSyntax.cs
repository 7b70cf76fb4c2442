using System.Text;
using System.Text.Json;
using TestSupport;

namespace Rules.Tests.PromQl;

// Checks PromQL with the real parser: each expression becomes a recording rule in a throwaway rule
// file that `promtool check rules` must accept. The rule names carry the index, so a failure points
// back to the expression.
public static class PromQlSyntax
{
    public static async Task<ToolResult> CheckAsync(IReadOnlyList<string> expressions)
    {
        using var dir = new TempDirectory();
        var file = dir.File("expressions.yml");
        await File.WriteAllTextAsync(file, RuleFileFor(expressions));
        return await Promtool.RunAsync(["check", "rules", file]);
    }

    public static string RuleName(int index) => $"check:expression_{index}:parse";

    public static string RuleFileFor(IReadOnlyList<string> expressions)
    {
        var yaml = new StringBuilder("groups:\n  - name: expressions\n    rules:\n");
        for (var i = 0; i < expressions.Count; i++)
        {
            // A JSON string is a valid YAML double-quoted scalar, so no YAML escaping rules are needed.
            yaml.Append($"      - record: {RuleName(i)}\n        expr: {JsonSerializer.Serialize(expressions[i])}\n");
        }
        return yaml.ToString();
    }
}
