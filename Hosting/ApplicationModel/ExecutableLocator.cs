namespace Hosting.ApplicationModel;

public static class ExecutableLocator
{
    // Absolute or relative paths are checked as given; bare names are searched on PATH.
    public static string? Find(string command)
    {
        if (command.Contains('/')) return File.Exists(command) ? Path.GetFullPath(command) : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, command);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
