namespace TestSupport;

// promtool from Debian's prometheus package: `check metrics` reads stdin (0 clean, 3 lint, 1 unparsable).
public static class Promtool
{
    public static Task<ToolResult> CheckMetricsAsync(string exposition) => RunAsync(["check", "metrics"], exposition);

    public static Task<ToolResult> RunAsync(IEnumerable<string> args, string? stdin = null, string? workingDirectory = null) =>
        ToolRun.RunAsync(Tool.Find("promtool", "prometheus"), args, workingDirectory, stdin);
}
