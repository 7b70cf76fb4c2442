namespace Hosting.Orchestration;

public static class CommandLine
{
    // For display only (console, dashboard): quotes arguments with spaces or quotes.
    public static string Format(string fileName, IEnumerable<string> args) =>
        string.Join(' ', new[] { fileName }.Concat(args).Select(Quote));

    private static string Quote(string arg) =>
        arg.Length > 0 && !arg.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '$' or '\\')
            ? arg
            : "'" + arg.Replace("'", "'\\''") + "'";
}
